package shelf.importer.xlsx.internal;

import java.io.IOException;

/** A part is not well-formed enough to read: the file is damaged or was not written by a spreadsheet program. */
final class MalformedXmlException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String part;
    private final String reason;

    /** @param reason what is wrong with the part's data, to follow "the data of a sheet …" ("breaks off in the middle") */
    MalformedXmlException(String part, String reason) {
        super(part + ": " + reason);
        this.part = part;
        this.reason = reason;
    }

    String part() {
        return part;
    }

    String reason() {
        return reason;
    }
}
