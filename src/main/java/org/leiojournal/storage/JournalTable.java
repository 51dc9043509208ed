package org.leiojournal.storage;

import java.util.List;
import java.util.Objects;

/**
 * One table of the journal as export files carry it: its columns (without the journal's integer ids), how its rows
 * are told apart across journals, and the order rows are read in (SQL terms; a term naming a column stands for it).
 *
 * <ul>
 *   <li>{@link KeyKind#UID}: the {@code uid} column, unique in every journal.</li>
 *   <li>{@link KeyKind#NATURAL}: the {@code key} columns, the first naming the {@code owner} row the table belongs to
 *       (a course's doses: course_uid, cycle, day, drug). Rows follow their owner: a merge that finds the owner
 *       already in the journal keeps the journal's rows of it.</li>
 *   <li>{@link KeyKind#SINGLETON}: at most one row (the profile, the follow-up plan).</li>
 * </ul>
 */
public record JournalTable(String name, List<Column> columns, KeyKind keyKind, List<String> key, String owner,
                           List<String> order) {

    public enum KeyKind { UID, NATURAL, SINGLETON }

    public JournalTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        order = List.copyOf(order);
        for (String k : key) {
            indexOf(columns, k);
        }
        if ((keyKind == KeyKind.NATURAL) != (owner != null)) {
            throw new IllegalArgumentException(name + ": a natural key, and only one, has an owner table");
        }
    }

    /** The position of a column by its file name. */
    public int index(String column) {
        return indexOf(columns, column);
    }

    public Column column(String column) {
        return columns.get(index(column));
    }

    public boolean hasColumn(String column) {
        return columns.stream().anyMatch(c -> c.name().equals(column));
    }

    /** The journal's own integer id is never exported; singletons keep theirs fixed at 1. */
    boolean hasIntegerId() {
        return keyKind != KeyKind.NATURAL;
    }

    private static int indexOf(List<Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }
}
