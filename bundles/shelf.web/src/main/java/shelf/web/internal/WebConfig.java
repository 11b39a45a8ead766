package shelf.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The configuration PID {@code shelf.web}: where the workbench listens and how long a session may idle. */
@ObjectClassDefinition(name = "Shelf web workbench")
public @interface WebConfig {

    @AttributeDefinition(description = "the address to listen on; 127.0.0.1 keeps it on this machine, 0.0.0.0 opens it to the network")
    String host() default "127.0.0.1";

    @AttributeDefinition(description = "the TCP port")
    int port() default 8181;

    @AttributeDefinition(description = "minutes without a request after which a session is logged out")
    int idleMinutes() default 30;

    @AttributeDefinition(description = "a PKCS12 keystore to serve HTTPS directly; empty for plain HTTP (behind a TLS proxy or on 127.0.0.1)")
    String keystore() default "";

    @AttributeDefinition(description = "true behind a reverse proxy on this machine: take the browser's scheme and address from its X-Forwarded-* headers (the cookie is then Secure when the proxy speaks HTTPS)")
    boolean behindProxy() default false;

    @AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD,
            description = "the keystore's password")
    String keystorePassword() default "";
}
