package org.medcoord.billing.x12;

/**
 * Loop 2310B: the person who rendered the care, when not the billing provider.
 *
 * @param lastName  NM103
 * @param firstName NM104, or {@code null}
 * @param npi       NM109 (qualifier XX)
 * @since 0.1.0
 */
public record RenderingProvider(String lastName, String firstName, String npi) {
}
