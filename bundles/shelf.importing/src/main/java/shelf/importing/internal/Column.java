package shelf.importing.internal;

/**
 * One mapped column of the sheet.
 *
 * @param index 0-based position in the row
 * @param header the header as written in the file, for messages
 * @param target where its values go
 * @param attributePath "attributes.NAME" for an attribute column, made once rather than for every product
 */
record Column(int index, String header, Target target, String attributePath) {
    Column(int index, String header, Target target) {
        this(index, header, target, target.field() == Field.ATTRIBUTE ? "attributes." + target.name() : "");
    }

    Field field() {
        return target.field();
    }

    /** 1-based, as RowError and SourceCell count. */
    int number() {
        return index + 1;
    }
}
