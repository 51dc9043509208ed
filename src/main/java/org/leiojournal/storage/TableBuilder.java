package org.leiojournal.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds the description of one table, column by column, in the order files carry them. */
final class TableBuilder {

    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private JournalTable.KeyKind keyKind;
    private List<String> key = List.of();
    private String owner;
    private List<String> order = List.of();

    private TableBuilder(String name) {
        this.name = name;
    }

    /** A table whose rows carry a uid: the uid is its first column. */
    static TableBuilder withUid(String name) {
        TableBuilder table = new TableBuilder(name);
        table.keyKind = JournalTable.KeyKind.UID;
        table.key = List.of("uid");
        return table.add("uid", ColumnType.UID, false);
    }

    static TableBuilder singleton(String name) {
        TableBuilder table = new TableBuilder(name);
        table.keyKind = JournalTable.KeyKind.SINGLETON;
        return table;
    }

    /** A table whose rows belong to a row of {@code owner} and are told apart by {@code key}. */
    static TableBuilder owned(String name, String owner, String... key) {
        TableBuilder table = new TableBuilder(name);
        table.keyKind = JournalTable.KeyKind.NATURAL;
        table.owner = owner;
        table.key = List.of(key);
        return table;
    }

    TableBuilder text(String column) {
        return add(column, ColumnType.TEXT, false);
    }

    TableBuilder optional(String column, ColumnType type) {
        return add(column, type, true);
    }

    TableBuilder column(String column, ColumnType type) {
        return add(column, type, false);
    }

    TableBuilder integer(String column, long min, long max) {
        columns.add(new Column(column, column, ColumnType.INTEGER, false, List.of(), null, min, max, false));
        return this;
    }

    TableBuilder optionalInteger(String column, long min, long max) {
        columns.add(new Column(column, column, ColumnType.INTEGER, true, List.of(), null, min, max, false));
        return this;
    }

    TableBuilder unique(String column, ColumnType type, boolean nullable) {
        columns.add(new Column(column, column, type, nullable, List.of(), null, 0, 0, true));
        return this;
    }

    TableBuilder choice(String column, Enum<?>[] values) {
        return choice(column, false, values);
    }

    TableBuilder choice(String column, boolean nullable, Enum<?>... values) {
        List<String> names = Arrays.stream(values).map(Enum::name).toList();
        columns.add(new Column(column, column, ColumnType.ENUM, nullable, names, null, 0, 0, false));
        return this;
    }

    /** A reference to {@code target}'s row: {@code target_uid} in files, {@code sqlName} (an integer id) here. */
    TableBuilder reference(String name, String sqlName, String target) {
        columns.add(new Column(name, sqlName, ColumnType.REFERENCE, false, List.of(), target, 0, 0, false));
        return this;
    }

    TableBuilder orderBy(String... terms) {
        order = List.of(terms);
        return this;
    }

    JournalTable build() {
        return new JournalTable(name, columns, keyKind, key, owner, order);
    }

    private TableBuilder add(String column, ColumnType type, boolean nullable) {
        columns.add(new Column(column, column, type, nullable, List.of(), null, -Column.LIMIT, Column.LIMIT, false));
        return this;
    }
}
