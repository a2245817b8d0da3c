package org.medcoord.core.internal.data;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.internal.codec.Codec;
import org.medcoord.core.spi.storage.Cursor;
import org.medcoord.core.spi.storage.IndexValue;

/** Turns storage cursors into opaque page tokens and back. Order values are tokens or clear values, never PHI. */
final class PageTokens {

    record Token(String kind, String value, String id) {
    }

    private final Codec codec;

    PageTokens(Codec codec) {
        this.codec = codec;
    }

    String encode(Cursor cursor) {
        Token token;
        if (cursor.lastValue() == null) {
            token = new Token("none", null, cursor.lastId());
        } else if (cursor.lastValue() instanceof IndexValue.Text t) {
            token = new Token("text", t.value(), cursor.lastId());
        } else if (cursor.lastValue() instanceof IndexValue.Numeric n) {
            token = new Token("number", Long.toString(n.value()), cursor.lastId());
        } else {
            token = new Token("instant", ((IndexValue.Timestamp) cursor.lastValue()).value().toString(), cursor.lastId());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(codec.write(token));
    }

    Cursor decode(String pageToken) {
        try {
            Token token = codec.read(Base64.getUrlDecoder().decode(pageToken), Token.class);
            IndexValue value = switch (token.kind()) {
                case "none" -> null;
                case "text" -> IndexValue.text(token.value());
                case "number" -> IndexValue.number(Long.parseLong(token.value()));
                case "instant" -> IndexValue.instant(Instant.parse(token.value()));
                default -> throw new IllegalArgumentException("unknown kind");
            };
            return new Cursor(value, token.id());
        } catch (RuntimeException e) {
            throw new ValidationException(List.of(new Violation("pageToken", "MC-DATA-005",
                    "the page token is not one this query returned; start again from the first page")));
        }
    }
}
