package org.beltmap.core.io;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A table row's attributes: the column names are shared by every row, each row keeps only its values, so a
 * 3-million-row CSV does not pay for 3 million hash tables. Read-only, in column order, null values allowed.
 */
final class RowMap extends AbstractMap<String, Object> {

    /** Column names and their positions, shared by the rows of one table. */
    static final class Columns {
        final String[] names;
        final Map<String, Integer> index = new java.util.HashMap<>();

        Columns(List<String> header) {
            names = header.stream().distinct().toArray(String[]::new);
            for (int i = 0; i < names.length; i++) {
                index.put(names[i], i);
            }
        }
    }

    private final Columns columns;
    private final Object[] values;

    RowMap(Columns columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    @Override
    public Object get(Object key) {
        Integer i = columns.index.get(key);
        return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return columns.index.containsKey(key);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (i >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int at = i++;
                        return new SimpleImmutableEntry<>(columns.names[at], values[at]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
