package uk.nhs.eia.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One statement that adds to the counters of a row, making the row first if there is none: the database does the
 * adding under the row's lock, so steps committing at once on two nodes never lose each other's counts. PostgreSQL
 * says it with {@code INSERT ... ON CONFLICT DO UPDATE}; H2, which has no such clause, with {@code MERGE}.
 */
final class AddingUpsert {

    private AddingUpsert() {
    }

    /**
     * The statement for this database, taking the {@code keys} then the {@code counters} as parameters in that
     * order.
     *
     * @throws IllegalStateException for a database other than PostgreSQL or H2
     */
    static String sql(Connection connection, String table, List<String> keys, List<String> counters)
            throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        List<String> columns = Stream.concat(keys.stream(), counters.stream()).toList();
        String placeholders = columns.stream().map(column -> "?").collect(Collectors.joining(", "));
        if (product.equals("PostgreSQL")) {
            return "insert into %s (%s) values (%s) on conflict (%s) do update set %s".formatted(table,
                    String.join(", ", columns), placeholders, String.join(", ", keys), counters.stream()
                            .map(counter -> "%1$s = %2$s.%1$s + excluded.%1$s".formatted(counter, table))
                            .collect(Collectors.joining(", ")));
        }
        if (product.equals("H2")) {
            return ("merge into %s t using (values (%s)) s (%s) on %s when matched then update set %s"
                    + " when not matched then insert (%s) values (%s)").formatted(table, placeholders,
                    String.join(", ", columns),
                    keys.stream().map(key -> "t.%1$s = s.%1$s".formatted(key)).collect(Collectors.joining(" and ")),
                    counters.stream().map(counter -> "%1$s = t.%1$s + s.%1$s".formatted(counter))
                            .collect(Collectors.joining(", ")),
                    String.join(", ", columns), columns.stream().map(column -> "s." + column)
                            .collect(Collectors.joining(", ")));
        }
        throw new IllegalStateException("The dashboard's roll-up is kept on PostgreSQL or H2, not on " + product);
    }
}
