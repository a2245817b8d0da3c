package org.medcoord.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AppointmentStatusTest {

    @Test
    void statusesCarryTheirFhirCodes() {
        assertThat(Arrays.stream(AppointmentStatus.values()).map(AppointmentStatus::fhirCode)).containsExactly(
                "proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow", "entered-in-error");
    }

    @Test
    void onlyTheFhirLifecycleTransitionsAreLegal() {
        assertThat(AppointmentStatus.PENDING.canMoveTo(AppointmentStatus.BOOKED)).isTrue();
        assertThat(AppointmentStatus.BOOKED.canMoveTo(AppointmentStatus.ARRIVED)).isTrue();
        assertThat(AppointmentStatus.ARRIVED.canMoveTo(AppointmentStatus.FULFILLED)).isTrue();
        assertThat(AppointmentStatus.BOOKED.canMoveTo(AppointmentStatus.FULFILLED)).isFalse();
        assertThat(AppointmentStatus.CANCELLED.canMoveTo(AppointmentStatus.BOOKED)).isFalse();
        assertThat(AppointmentStatus.ARRIVED.canMoveTo(AppointmentStatus.CANCELLED)).isFalse();
        assertThat(AppointmentStatus.NOSHOW.canMoveTo(AppointmentStatus.ENTERED_IN_ERROR)).isTrue();
        for (AppointmentStatus s : AppointmentStatus.values()) {
            assertThat(s.canMoveTo(s)).as(s + " to itself").isFalse();
        }
    }

    @Test
    void finalStatusesAllowOnlyACorrection() {
        assertThat(Arrays.stream(AppointmentStatus.values()).filter(AppointmentStatus::isFinal)).containsExactly(
                AppointmentStatus.FULFILLED, AppointmentStatus.CANCELLED, AppointmentStatus.NOSHOW, AppointmentStatus.ENTERED_IN_ERROR);
    }
}
