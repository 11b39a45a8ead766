package shelf.api.audit;

/**
 * The outcome of checking the audit trail: its chain of keyed MACs, and its end against the head kept in
 * the catalogue.
 *
 * @param lines lines read
 * @param firstBadLine the first line (1-based) that was changed, removed or cut off; 0 when all is well
 * @param message the outcome as a sentence for the operator, the same whether intact or not ("audit.log is
 *        intact: …", "audit.log ends at line 40 but the catalogue's head is line 52: 12 lines were cut from
 *        the end")
 */
public record AuditCheck(int lines, int firstBadLine, String message) {

    public boolean intact() {
        return firstBadLine == 0;
    }
}
