package shelf.publish.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import shelf.api.security.DataScope;
import shelf.api.security.Subject;

/**
 * A subject's data scope as a condition on publish_job rows, so a list, a count or a bulk retry reads only
 * the jobs in it, in the query itself: a limit then counts jobs the user may see. A job's category is its
 * product's, read from the product table; the test mirrors {@link DataScope#allows}.
 *
 * @param sql a condition to AND into a WHERE clause on publish_job
 * @param args its parameters, in order
 */
record JobScope(String sql, List<Object> args) {
    static final JobScope ALL = new JobScope("TRUE", List.of());

    static JobScope of(Subject subject) {
        DataScope scope = subject.scope();
        if (scope.isUnrestricted()) {
            return ALL;
        }
        StringBuilder sql = new StringBuilder("(TRUE");
        List<Object> args = new ArrayList<>();
        if (!scope.merchants().isEmpty()) {
            sql.append(" AND publish_job.merchant IN (")
                    .append(String.join(", ", Collections.nCopies(scope.merchants().size(), "?"))).append(')');
            args.addAll(scope.merchants().stream().sorted().toList());
        }
        if (!scope.categoryPrefixes().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM product p WHERE p.merchant = publish_job.merchant"
                    + " AND p.spu_code = publish_job.spu_code AND (FALSE");
            for (String prefix : scope.categoryPrefixes()) {
                String like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                sql.append(" OR p.category_path = ? OR p.category_path LIKE ?");
                args.add(prefix);
                args.add(prefix.endsWith("/") ? like + "%" : like + "/%");
            }
            sql.append("))");
        }
        return new JobScope(sql.append(')').toString(), List.copyOf(args));
    }

    /** The parameters of a statement whose own ones come first. */
    List<Object> after(List<Object> own) {
        List<Object> all = new ArrayList<>(own);
        all.addAll(args);
        return all;
    }

    /** The same condition on another table that names products by merchant and spu_code (channel_listing). */
    String sqlOn(String table) {
        return sql.replace("publish_job.", table + ".");
    }
}
