package org.medcoord.core.internal.event;

import com.fasterxml.jackson.databind.JsonNode;

/** One outbox entry before encryption: the event's type name, its Java class and its JSON. */
public record OutboxRecord(String type, String javaClass, JsonNode payload) {
}
