package shelf.importing.internal;

/** A cell whose text is not a value of its column; the message is the reason and the fix, for a RowError. */
final class CellProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CellProblem(String reason) {
        super(reason, null, false, false); // no stack trace: these are expected, and can be many
    }
}
