package org.medcoord.billing.x12;

/**
 * The payer (loop 1000A) or payee (loop 1000B) of an 835.
 *
 * @param name        N102
 * @param idQualifier N103 (payee: {@code XX} NPI, {@code FI} tax id; payer: {@code XV}), or {@code null}
 * @param id          N104 (for the payer, REF*2U when N1 has no id), or {@code null}
 * @since 0.1.0
 */
public record RemittanceParty(String name, String idQualifier, String id) {
}
