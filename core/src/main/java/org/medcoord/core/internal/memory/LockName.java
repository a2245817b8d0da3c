package org.medcoord.core.internal.memory;

import org.medcoord.core.spi.storage.DocumentKey;

/**
 * What a lock protects within one tenant. Documents and explicit lock keys share one namespace on
 * purpose: {@code lock(key)} and a write of the document under {@code key} exclude each other, as
 * {@code SELECT ... FOR UPDATE} and {@code UPDATE} do in SQL.
 */
sealed interface LockName {

    /** A document key, locked explicitly or by insert and update. */
    record Document(DocumentKey key) implements LockName {
        @Override
        public String toString() {
            return key.toString();
        }
    }

    /** One value of one unique key; never printed, the value may identify a person. */
    record Unique(UniqueSlot slot) implements LockName {
        @Override
        public String toString() {
            return "unique key '" + slot.name() + "'";
        }
    }

    /** The right to append to a log stream, held from the first append to the end of the transaction. */
    record LogAppend(String stream) implements LockName {
        @Override
        public String toString() {
            return "log stream '" + stream + "'";
        }
    }
}
