package org.medcoord.coordination;

import java.util.List;
import java.util.Objects;

/**
 * What the fulfilment workflow needs to capture charges: the clinic's billing NPI, its place of service, and who
 * renders a service (the appointment's practitioner when listed, otherwise the default rendering NPI). Prices come
 * from billing's self-pay price list and diagnoses from the patient's active ICD-10-CM problems.
 *
 * @param billingNpi          the billing provider's NPI
 * @param placeOfService      the CMS place of service code, for example {@code 11} (office)
 * @param defaultRenderingNpi the rendering NPI when none of the appointment's practitioners is listed
 * @param practitioners       rendering NPIs by practitioner resource
 * @since 0.1.0
 */
public record ChargeSetup(String billingNpi, String placeOfService, String defaultRenderingNpi, List<PractitionerNpi> practitioners) {
    public ChargeSetup {
        Objects.requireNonNull(billingNpi, "billingNpi");
        Objects.requireNonNull(placeOfService, "placeOfService");
        Objects.requireNonNull(defaultRenderingNpi, "defaultRenderingNpi");
        practitioners = practitioners == null ? List.of() : List.copyOf(practitioners);
    }
}
