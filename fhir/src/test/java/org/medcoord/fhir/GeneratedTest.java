package org.medcoord.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.audit.AuditOutcome;
import org.medcoord.records.PatientStatus;
import org.medcoord.scheduling.AppointmentStatus;

/** The generators reach what the round-trip properties must cover: every enum value, every kind of history item, edge sizes. */
class GeneratedTest {

    @Test
    void auditEntriesCoverEveryActionCategoryOutcomeAndPurpose() {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        Set<AuditOutcome> outcomes = EnumSet.noneOf(AuditOutcome.class);
        Set<PurposeOfUse> purposes = EnumSet.noneOf(PurposeOfUse.class);
        Properties.forAll("auditEntry", Generated::audit, a -> {
            actions.add(a.event().action());
            categories.add(a.event().category());
            outcomes.add(a.event().outcome());
            purposes.add(a.event().purpose());
        });
        assertThat(actions).containsExactlyInAnyOrder(Action.values());
        assertThat(categories).containsExactlyInAnyOrder(DataCategory.values());
        assertThat(outcomes).containsExactlyInAnyOrder(AuditOutcome.values());
        assertThat(purposes).containsExactlyInAnyOrder(PurposeOfUse.values());
    }

    @Test
    void patientsCoverEveryStatusAndEdgeSizes() {
        Set<PatientStatus> statuses = EnumSet.noneOf(PatientStatus.class);
        Set<Integer> identifierCounts = new HashSet<>();
        Set<Boolean> withAddress = new HashSet<>();
        Properties.forAll("patient", Generated::patient, p -> {
            statuses.add(p.status());
            identifierCounts.add(p.identifiers().size());
            withAddress.add(p.demographics().address() != null);
        });
        assertThat(statuses).containsExactlyInAnyOrder(PatientStatus.values());
        assertThat(identifierCounts).contains(0, 3);
        assertThat(withAddress).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void historyEntriesCoverEveryKindOfItem() {
        Set<Class<?>> kinds = new HashSet<>();
        Properties.forAll("historyEntry", Generated::historyEntry, e -> kinds.add(e.item().getClass()));
        assertThat(kinds).hasSize(7);
    }

    @Test
    void appointmentsCoverEveryStatus() {
        Set<AppointmentStatus> statuses = EnumSet.noneOf(AppointmentStatus.class);
        Properties.forAll("appointment", Generated::appointment, a -> statuses.add(a.status()));
        assertThat(statuses).containsExactlyInAnyOrder(AppointmentStatus.values());
    }

    @Test
    void aFailingCaseNamesTheSeedThatReproducesIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Properties.forAll("failing", Generated::token, t -> assertThat(t).hasSize(11)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("seed").hasMessageContaining("medcoord.property.seed=");
    }
}
