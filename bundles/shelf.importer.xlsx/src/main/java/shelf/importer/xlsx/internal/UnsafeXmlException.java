package shelf.importer.xlsx.internal;

import java.io.IOException;

/** A part declares a DOCTYPE or an entity: the door to entity-expansion and external-entity attacks. */
final class UnsafeXmlException extends IOException {
    private static final long serialVersionUID = 1L;

    UnsafeXmlException(String part) {
        super(part + " declares a DOCTYPE or entities");
    }
}
