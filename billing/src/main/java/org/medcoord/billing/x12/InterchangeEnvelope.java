package org.medcoord.billing.x12;

import java.time.LocalDateTime;

/**
 * The ISA and GS envelope of an X12 interchange (one functional group).
 *
 * <p>The writers put {@code senderId} and {@code receiverId} into GS02/GS03 as well. Values are not
 * checked here: the writers check them all at once and throw a
 * {@link org.medcoord.core.ValidationException}; the readers fill what the file carries.
 *
 * @param senderQualifier          ISA05, for example {@code ZZ} (mutually defined) or {@code 30} (tax id)
 * @param senderId                 ISA06 (at most 15 characters)
 * @param receiverQualifier        ISA07
 * @param receiverId               ISA08 (at most 15 characters)
 * @param interchangeControlNumber ISA13/IEA02, 1..999999999
 * @param groupControlNumber       GS06/GE02, 1..999999999
 * @param createdAt                ISA09/ISA10 and GS04/GS05: when the interchange was created
 * @param usage                    ISA15: test or production
 * @since 0.1.0
 */
public record InterchangeEnvelope(
        String senderQualifier,
        String senderId,
        String receiverQualifier,
        String receiverId,
        long interchangeControlNumber,
        long groupControlNumber,
        LocalDateTime createdAt,
        UsageIndicator usage) {

    /**
     * @param next the interchange control number to use; the group control number gets the same value
     * @return a copy with new control numbers
     */
    public InterchangeEnvelope withControlNumber(long next) {
        return new InterchangeEnvelope(senderQualifier, senderId, receiverQualifier, receiverId, next, next,
                createdAt, usage);
    }
}
