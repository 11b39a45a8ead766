package shelf.rules.engine.internal;

/**
 * A field's text as a pattern reads it, asking the rule's time budget every {@link #STRIDE} characters
 * read, so even a linear match over a very long description stops once the rule's time is spent.
 */
final class BudgetedText implements CharSequence {
    /** Characters read between two looks at the clock; shorter texts are matched as they are. */
    static final int STRIDE = 256;

    private final String text;
    private int reads;

    BudgetedText(String text) {
        this.text = text;
    }

    @Override
    public char charAt(int index) {
        if (++reads == STRIDE) {
            reads = 0;
            RuleBudget.current().spend();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
