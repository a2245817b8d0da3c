package org.medcoord.billing.x12;

/**
 * Loop 1000B of an 837: the clearinghouse or payer that receives the interchange.
 *
 * @param name NM103
 * @param id   NM109 (qualifier 46)
 * @since 0.1.0
 */
public record Receiver(String name, String id) {
}
