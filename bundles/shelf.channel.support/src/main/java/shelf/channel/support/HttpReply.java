package shelf.channel.support;

/** A platform's answer: HTTP status and body text. */
public record HttpReply(int status, String body) {
}
