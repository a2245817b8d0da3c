package org.medcoord.scheduling.internal;

import org.medcoord.core.ConflictException;

/** Why a resource or patient cannot take an interval: a code and a message naming ids and times only. */
record Problem(String code, String message) {

    ConflictException toException() {
        return new ConflictException(code, message);
    }
}
