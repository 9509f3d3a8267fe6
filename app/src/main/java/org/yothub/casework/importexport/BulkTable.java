package org.yothub.casework.importexport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One table the import writes, and the statements it needs: the stored rows of a set of keys
 * with the values an update would change, a plain {@code INSERT} of new rows, and an update of
 * stored rows ({@code INSERT ... ON CONFLICT (tenant_id, key) DO UPDATE}). Rows travel as one text
 * array per column ({@code unnest}), each cast to its column's type in the statement.
 *
 *
 * <p>{@code key} identifies a row within the tenant (its {@code *_ref}, or for an outcome its
 * offence) and is unique with {@code tenant_id}; {@code columns} are every column written besides
 * {@code tenant_id} and {@code id}, the key among them; {@code updated} are the columns an update
 * sets and that are compared to tell a changed row; {@code keptWhenNull} are updated columns whose
 * stored value stays when the new value is null.
 */
final class BulkTable {
    private final String name;
    private final Column key;
    private final List<Column> columns;
    private final List<Column> updated;
    private final Set<String> keptWhenNull;
    private final int[] updatedAt;

    BulkTable(String name, Column key, List<Column> columns, List<Column> updated, Set<String> keptWhenNull) {
        this.name = name;
        this.key = key;
        this.columns = List.copyOf(columns);
        this.updated = List.copyOf(updated);
        this.keptWhenNull = Set.copyOf(keptWhenNull);
        this.updatedAt = updated.stream().mapToInt(this.columns::indexOf).toArray();
    }

    /** A column and its SQL type ({@code text}, {@code date}, {@code uuid}, {@code boolean}, ...). */
    record Column(String name, String type) {
        String cast(String alias) {
            return "text".equals(type) ? alias : alias + "::" + type;
        }
    }

    static Column col(String name, String type) {
        return new Column(name, type);
    }

    /** A table whose update sets every written column except the key. */
    static BulkTable of(String name, Column key, List<Column> columns) {
        return new BulkTable(name, key, columns, columns.stream().filter(c -> !c.equals(key)).toList(), Set.of());
    }

    String name() {
        return name;
    }

    /** Tenant, then the keys as a text array; returns key, id, then the {@link #updated} columns as text. */
    String lookupSql() {
        String values = updated.stream().map(c -> c.name() + "::text").collect(Collectors.joining(", "));
        return "SELECT " + key.name() + "::text, id, " + values + " FROM " + name + " WHERE tenant_id = ? AND "
                + key.name() + " = ANY(?::text[]::" + key.type() + "[])";
    }

    /** Tenant, then one text array per column: the id, then {@link #columns} in order. */
    String insertSql() {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String casts = IntStream.range(0, columns.size()).mapToObj(i -> columns.get(i).cast("u.c" + i))
                .collect(Collectors.joining(", "));
        String arrays = String.join(", ", java.util.Collections.nCopies(columns.size() + 1, "?::text[]"));
        String aliases = IntStream.range(0, columns.size()).mapToObj(i -> "c" + i).collect(Collectors.joining(", "));
        return "INSERT INTO " + name + " AS t (tenant_id, id, " + names + ") SELECT ?, u.id::uuid, " + casts
                + " FROM unnest(" + arrays + ") AS u(id, " + aliases + ")";
    }

    /** Parameters as {@link #insertSql()}, for rows whose key is stored: sets the {@link #updated} columns. */
    String updateSql() {
        String set = updated.stream().map(c -> keptWhenNull.contains(c.name())
                        ? c.name() + " = coalesce(EXCLUDED." + c.name() + ", t." + c.name() + ")"
                        : c.name() + " = EXCLUDED." + c.name())
                .collect(Collectors.joining(", "));
        return insertSql() + " ON CONFLICT (tenant_id, " + key.name() + ") DO UPDATE SET " + set
                + ", version = t.version + 1, updated_at = now()";
    }

    /** Whether {@code values} (in {@link #columns} order) differ from a stored row's {@link #updated} values. */
    boolean differs(Object[] values, String[] stored) {
        for (int k = 0; k < updated.size(); k++) {
            Column c = updated.get(k);
            Object v = values[updatedAt[k]];
            if (v == null && keptWhenNull.contains(c.name())) {
                continue;
            }
            if (!Objects.equals(text(v), stored[k])) {
                return true;
            }
        }
        return false;
    }

    /** A value as PostgreSQL writes it as text (numeric(5,1) with its one decimal place). */
    static String text(Object v) {
        if (v instanceof BigDecimal d) {
            return d.setScale(1, RoundingMode.HALF_UP).toPlainString();
        }
        return v == null ? null : v.toString();
    }
}
