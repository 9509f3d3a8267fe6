package org.yothub.volunteers.demo;

import java.util.ArrayList;
import java.util.List;

/** Rows for one table, in column order, to be inserted in bulk. */
record DemoTable(String name, List<String> columns, List<Object[]> rows) {
    DemoTable(String name, String... columns) {
        this(name, List.of(columns), new ArrayList<>());
    }

    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns.size() + " columns");
        }
        rows.add(values);
    }

    /** Values of one column across all rows. */
    List<Object> column(String column) {
        int i = columns.indexOf(column);
        return rows.stream().map(r -> r[i]).toList();
    }
}
