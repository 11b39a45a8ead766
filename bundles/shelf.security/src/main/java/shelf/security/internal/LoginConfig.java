package shelf.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configuration "shelf.login" (Configuration Admin; a feature's "configurations" can set it): how failed
 * logins are slowed down and when a name is locked. Changes take effect at once; the counts are kept.
 */
@ObjectClassDefinition(name = "Shelf logins", description = "Delays after failed logins and the lock after a run of them")
public @interface LoginConfig {
    @AttributeDefinition(description = "wait after one failed login of a name, or from an origin, in milliseconds; "
            + "it doubles with every further failure in a row (0: no waiting)")
    long firstDelayMillis() default 1_000;

    @AttributeDefinition(description = "longest wait after failed logins, in milliseconds")
    long longestDelayMillis() default 30_000;

    @AttributeDefinition(description = "failed logins in a row that lock a name until an admin runs user:unlock")
    int lockAfter() default 5;

    @AttributeDefinition(description = "minutes a password that passed the full check is recognised again by a "
            + "salted SHA-256 kept in memory, sparing the next logins the 600,000 rounds (0: check every login in full)")
    int rememberMinutes() default 15;
}
