package org.medcoord.billing.x12;

/**
 * Loop 1000A of an 837: who submits the claims (the clinic or its billing service). Not PHI.
 *
 * @param name         NM103, organisation name
 * @param id           NM109, the submitter id the receiver assigned (qualifier 46)
 * @param contactName  PER02
 * @param contactPhone PER04, digits only (qualifier TE)
 * @since 0.1.0
 */
public record Submitter(String name, String id, String contactName, String contactPhone) {
}
