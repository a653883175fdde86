package org.beltmap.core.osm;

import com.google.protobuf.ByteString;
import crosby.binary.Osmformat;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The string table of one PBF block, decoded only where asked: a block holds thousands of strings and a pass
 * needs a handful, so keys are matched as bytes and only kept values become Java strings.
 */
final class BlockStrings {

    /** A fixed set of tag keys, each given a slot number; one instance per pass, shared by every block. */
    static final class Keys {
        private final Map<ByteString, Integer> slots = new HashMap<>();
        final int size;

        Keys(List<String> keys) {
            for (int i = 0; i < keys.size(); i++) {
                slots.put(ByteString.copyFromUtf8(keys.get(i)), i);
            }
            size = keys.size();
        }
    }

    private final Osmformat.StringTable table;
    private final String[] cache;
    private final Map<Keys, int[]> slotsOf = new HashMap<>(4);

    BlockStrings(Osmformat.StringTable table) {
        this.table = table;
        this.cache = new String[table.getSCount()];
    }

    String get(int i) {
        String s = cache[i];
        if (s == null) {
            s = table.getS(i).toString(StandardCharsets.UTF_8);
            cache[i] = s;
        }
        return s;
    }

    /** For every string of the table, the slot of {@code keys} it names, or -1. */
    int[] slots(Keys keys) {
        return slotsOf.computeIfAbsent(keys, k -> {
            int[] out = new int[table.getSCount()];
            for (int i = 0; i < out.length; i++) {
                Integer slot = k.slots.get(table.getS(i));
                out[i] = slot == null ? -1 : slot;
            }
            return out;
        });
    }

    /** True when any key of {@code keys} occurs in this block (so its entities need a look). */
    boolean hasAny(Keys keys) {
        for (int s : slots(keys)) {
            if (s >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Tag values by slot from parallel key/value index lists (a way, a relation or a plain node). */
    String[] values(Keys keys, List<Integer> k, List<Integer> v) {
        int[] slots = slots(keys);
        String[] out = null;
        for (int i = 0; i < k.size(); i++) {
            int slot = slots[k.get(i)];
            if (slot >= 0) {
                out = out == null ? new String[keys.size] : out;
                out[slot] = get(v.get(i));
            }
        }
        return out;
    }
}
