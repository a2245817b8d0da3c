package org.medcoord.core.internal.memory;

import org.medcoord.core.spi.storage.UniqueKey;

/** One value of one unique key within a tenant; at most one document owns it. */
record UniqueSlot(String name, String value) implements Comparable<UniqueSlot> {

    static UniqueSlot of(UniqueKey key) {
        return new UniqueSlot(key.name(), key.value());
    }

    @Override
    public int compareTo(UniqueSlot other) {
        int byName = name.compareTo(other.name);
        return byName != 0 ? byName : value.compareTo(other.value);
    }

    /** Never prints the value. */
    @Override
    public String toString() {
        return "UniqueSlot[" + name + "]";
    }
}
