package shelf.importer.xlsx.internal;

import java.io.IOException;

/** A part holds more than the memory given to the runtime can take; refused before the heap runs out. */
final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(String part) {
        super(part + " is too large");
    }
}
