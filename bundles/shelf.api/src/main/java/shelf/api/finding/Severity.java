package shelf.api.finding;

/** How much a finding matters: an error blocks publishing, a warning asks for a look, info only tells. */
public enum Severity {
    ERROR, WARNING, INFO
}
