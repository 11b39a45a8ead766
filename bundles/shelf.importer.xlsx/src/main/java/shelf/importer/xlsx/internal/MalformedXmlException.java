package shelf.importer.xlsx.internal;

import java.io.IOException;

/** A part is not well-formed enough to read: the file is damaged or was not written by a spreadsheet program. */
final class MalformedXmlException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedXmlException(String part, String reason) {
        super(part + ": " + reason);
    }
}
