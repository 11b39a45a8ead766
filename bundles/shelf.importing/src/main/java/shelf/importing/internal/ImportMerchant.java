package shelf.importing.internal;

import shelf.api.security.AccessRefusedException;
import shelf.api.security.Subject;

/** The merchant an import is for, as the importing user's data scope allows. */
final class ImportMerchant {
    private ImportMerchant() {}

    /**
     * The merchant asked for when the scope has it; the scope's one merchant when none was asked for; else
     * a refusal naming the merchants the user may import for.
     */
    static String of(Subject subject, String asked) {
        var merchants = subject.scope().merchants();
        if (merchants.isEmpty()) {
            return asked;
        }
        if (asked.isEmpty() && merchants.size() == 1) {
            return merchants.iterator().next();
        }
        if (asked.isEmpty() || !merchants.contains(asked)) {
            throw new AccessRefusedException(subject.name() + " imports for " + String.join(", ", merchants.stream()
                    .sorted().toList()) + " only — give --merchant " + merchants.stream().sorted().findFirst().orElseThrow());
        }
        return asked;
    }
}
