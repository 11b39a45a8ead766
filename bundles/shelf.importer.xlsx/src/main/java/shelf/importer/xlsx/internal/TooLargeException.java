package shelf.importer.xlsx.internal;

import java.io.IOException;

/** A part holds more than the memory given to the runtime can take; refused before the heap runs out. */
final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String what;

    /** @param what what is too large, in the user's words ("the workbook's shared text") */
    TooLargeException(String what) {
        super(what + " is too large");
        this.what = what;
    }

    String what() {
        return what;
    }
}
