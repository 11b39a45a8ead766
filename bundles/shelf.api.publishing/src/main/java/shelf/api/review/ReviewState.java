package shelf.api.review;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where a product stands in review. A product never submitted is a draft. */
public enum ReviewState {
    DRAFT("draft", "草稿"),
    /** 初审: basic information — title, category, prices, SKUs. */
    PRE_REVIEW("pre-review", "初审"),
    /** 终审: the detail page — images, description. */
    FINAL_REVIEW("final-review", "终审"),
    APPROVED("approved", "已通过"),
    /** Sent back with a reason; edited and submitted again like a draft. */
    REJECTED("rejected", "已驳回");

    private final String id;
    private final String label;

    ReviewState(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether a reviewer must act on it. */
    public boolean waiting() {
        return this == PRE_REVIEW || this == FINAL_REVIEW;
    }

    public static ReviewState of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown review state '" + id + "' — one of "
                        + Arrays.stream(values()).map(ReviewState::id).collect(Collectors.joining(", "))));
    }
}
