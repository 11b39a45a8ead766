package shelf.api.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a user is there for; each command names the roles that may run it (admin may run every command). */
public enum Role {
    /** 商品编辑: imports, edits and submits products of their merchants. */
    EDITOR("商品编辑"),
    /** 审核专员: reviews and approves or rejects within their scope. */
    REVIEWER("审核专员"),
    /** 运维支持: plugins, features, channels, jobs, audit. */
    OPS("运维支持"),
    /** Everything, users included. */
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The name typed in commands and ACL files: "editor". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Chinese name operators know it by. */
    public String label() {
        return label;
    }

    /** The role named {@code id} (any case); the message of the exception lists the roles. */
    public static Role of(String id) {
        String wanted = id == null ? "" : id.strip();
        return Arrays.stream(values()).filter(r -> r.id().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '" + wanted + "' — the roles are "
                        + Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "))));
    }
}
