package shelf.api.shell;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A source of names the shell offers on Tab, registered with the service property
 * {@value #NAME} naming what it completes (see {@link Complete}).
 */
@ConsumerType
public interface CompletionSource {
    /** Service property: the name used in {@link Complete#value()}. */
    String NAME = "shelf.completion";

    /** Every candidate; the shell filters by what was typed. Never throws. */
    List<String> candidates();
}
