package shelf.api.rules;

import java.util.List;
import shelf.api.finding.Finding;

/**
 * What deploying a pack would change in one batch's findings.
 *
 * @param pack the tested pack as "id@version"
 * @param replaces the active version it was tested in place of, as "id@version", or empty when new
 * @param products how many products were checked
 * @param added findings the pack would raise that the active packs do not
 * @param cleared findings of the active packs that would no longer be raised
 */
public record PackDryRun(String pack, String replaces, int products, List<Finding> added, List<Finding> cleared) {

    public PackDryRun {
        added = List.copyOf(added);
        cleared = List.copyOf(cleared);
    }
}
