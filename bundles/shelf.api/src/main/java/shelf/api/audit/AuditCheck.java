package shelf.api.audit;

/**
 * The outcome of checking the audit log's chain of hashes.
 *
 * @param lines lines read
 * @param firstBadLine the first line (1-based) that was changed, or follows a removed one; 0 when all is well
 * @param problem what is wrong with that line, empty when all is well
 */
public record AuditCheck(int lines, int firstBadLine, String problem) {

    public boolean intact() {
        return firstBadLine == 0;
    }
}
