package org.medcoord.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.RetryableConflictException;
import org.medcoord.core.TenantId;
import org.medcoord.core.UniqueKeyViolationException;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.VersionConflictException;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.event.DomainEvent;
import org.medcoord.core.event.EventLog;
import org.medcoord.core.event.EventEnvelope;
import org.medcoord.core.spi.EventListener;
import org.junit.jupiter.api.Test;

/** The data layer over the in-memory engine: encryption is transparent, errors are typed, events follow commits. */
class DataStoreTest {

    record CardFiled(String patientId) implements DomainEvent {
        @Override
        public String type() {
            return "kernel.card-filed";
        }
    }

    private static final TenantId CLINIC = TenantId.of("clinic-a");
    private static final AccessContext SYSTEM = AccessContext.of(CLINIC, Principal.of("worker", Roles.SYSTEM), PurposeOfUse.OPERATIONS);

    private static PatientCard card(String mrn, String name, String status) {
        return new PatientCard(mrn, name, LocalDate.of(1980, 1, 1), "555-0100", "x@example.org", "1 Main St", status);
    }

    /** Writes its id to a shared list for every event, to show delivery order. */
    private record Appender(String id, int order, List<String> sink) implements EventListener {
        @Override
        public void onEvent(EventEnvelope envelope) {
            sink.add(id);
        }
    }

    @Test
    void eventsReachListenersInOrderAfterCommitAndNeverAfterRollback() {
        List<String> sequence = new CopyOnWriteArrayList<>();
        Appender late = new Appender("late", 10, sequence);
        Appender early = new Appender("early", -5, sequence);
        try (Kernel kernel = new Kernel(MedCoord.builder().provider(EventListener.class, late).provider(EventListener.class, early))) {
            DataStore data = kernel.service(DataStore.class);
            List<Integer> seenInsideTransaction = new ArrayList<>();
            data.inTransaction(SYSTEM, s -> {
                s.publish(new CardFiled("p1"));
                seenInsideTransaction.add(sequence.size());
                return null;
            });
            assertThat(seenInsideTransaction).containsExactly(0);
            assertThat(sequence).containsExactly("early", "late");

            assertThatThrownBy(() -> data.inTransaction(SYSTEM, s -> {
                s.publish(new CardFiled("p2"));
                throw new IllegalStateException("rolled back");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(sequence).containsExactly("early", "late");

            List<EventEnvelope> outbox = kernel.service(EventLog.class).read(SYSTEM, 1, 10);
            assertThat(outbox).singleElement().satisfies(e -> {
                assertThat(e.outboxSeq()).isEqualTo(1);
                assertThat(e.event()).isEqualTo(new CardFiled("p1"));
            });
        }
    }

    @Test
    void aDenialRecordedWithoutThrowingIsAuditedEvenWhenTheWorkFails() {
        try (Kernel kernel = new Kernel()) {
            DataStore data = kernel.service(DataStore.class);
            PatientId hidden = PatientId.next(kernel.clock);
            assertThatThrownBy(() -> data.inTransaction(SYSTEM, s -> {
                s.auditDenied(org.medcoord.core.access.Action.READ, org.medcoord.core.access.DataCategory.CLINICAL,
                        Optional.of(hidden), "kernel.chart.read", "chart/x", "hidden by consent");
                throw new org.medcoord.core.NotFoundException("chart x");
            })).isInstanceOf(org.medcoord.core.NotFoundException.class);

            AccessContext auditor = AccessContext.of(CLINIC, Principal.of("auditor", Roles.AUDITOR), PurposeOfUse.LEGAL);
            var entries = kernel.service(org.medcoord.core.audit.AuditTrail.class).report(auditor, java.time.Instant.EPOCH,
                    java.time.Instant.parse("2100-01-01T00:00:00Z"), org.medcoord.core.audit.AuditField.SEQUENCE, true, 10);
            assertThat(entries).first().satisfies(e -> {
                assertThat(e.event().outcome()).isEqualTo(org.medcoord.core.audit.AuditOutcome.DENIED);
                assertThat(e.event().patient()).contains(hidden);
                assertThat(e.event().detail()).isEqualTo("hidden by consent");
            });
        }
    }

    @Test
    void staleVersionsAndTakenUniqueKeysAreTypedConflicts() {
        try (Kernel kernel = new Kernel()) {
            DataStore data = kernel.service(DataStore.class);
            String id = PatientId.next(kernel.clock).asString();
            data.inTransaction(SYSTEM, s -> s.insert(PatientCard.TYPE, id, card("MRN-1", "Ada", "active")));
            data.inTransaction(SYSTEM, s -> s.update(PatientCard.TYPE, id, 1, card("MRN-1", "Ada", "inactive")));

            assertThatThrownBy(() -> data.inTransaction(SYSTEM, s -> s.update(PatientCard.TYPE, id, 1, card("MRN-1", "Ada", "x"))))
                    .isInstanceOf(VersionConflictException.class);
            assertThatThrownBy(() -> data.inTransaction(SYSTEM, s -> s.insert(PatientCard.TYPE, "other", card("mrn-1 ", "Bob", "active"))))
                    .isInstanceOf(UniqueKeyViolationException.class)
                    .hasMessageNotContaining("mrn-1");
            assertThat(data.inTransaction(SYSTEM, s -> s.get(PatientCard.TYPE, id)).value().status()).isEqualTo("inactive");
        }
    }

    @Test
    void queriesPageThroughEveryMatchWithoutRepeats() {
        try (Kernel kernel = new Kernel()) {
            DataStore data = kernel.service(DataStore.class);
            data.inTransaction(SYSTEM, s -> {
                for (int i = 0; i < 25; i++) {
                    s.insert(PatientCard.TYPE, "p" + (100 + i), card("MRN-" + i, "Name " + i, i % 2 == 0 ? "active" : "inactive"));
                }
                return null;
            });
            List<String> ids = new ArrayList<>();
            Criteria criteria = Criteria.all().eq("status", "active").orderBy("status", true).limit(5);
            Optional<String> token = Optional.empty();
            do {
                Criteria page = token.map(criteria::after).orElse(criteria);
                var result = data.inTransaction(SYSTEM, s -> s.query(PatientCard.TYPE, page));
                result.items().forEach(v -> ids.add(v.id()));
                token = result.nextPageToken();
            } while (token.isPresent());
            assertThat(ids).hasSize(13).doesNotHaveDuplicates().isSorted();
        }
    }

    @Test
    void badCriteriaReportEveryProblemAtOnce() {
        try (Kernel kernel = new Kernel()) {
            DataStore data = kernel.service(DataStore.class);
            assertThatThrownBy(() -> data.inTransaction(SYSTEM, s -> s.query(PatientCard.TYPE,
                    Criteria.all().eq("shoeSize", "9").between("name", "A", "M").eq("status", 7).orderBy("phone", true))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::code).containsExactly("MC-DATA-001", "MC-DATA-002", "MC-DATA-003", "MC-DATA-002"));
        }
    }

    @Test
    void aRetryableConflictRerunsTheWorkABoundedNumberOfTimes() {
        try (Kernel kernel = new Kernel()) {
            DataStore data = kernel.service(DataStore.class);
            AtomicInteger attempts = new AtomicInteger();
            String result = data.inTransaction(SYSTEM, s -> {
                if (attempts.incrementAndGet() < 3) {
                    throw new RetryableConflictException("simulated deadlock", null);
                }
                return "done";
            });
            assertThat(result).isEqualTo("done");
            assertThat(attempts).hasValue(3);

            AtomicInteger always = new AtomicInteger();
            assertThatThrownBy(() -> data.inTransaction(SYSTEM, s -> {
                always.incrementAndGet();
                throw new RetryableConflictException("simulated deadlock", null);
            })).isInstanceOf(RetryableConflictException.class);
            assertThat(always).hasValue(4);
        }
    }
}
