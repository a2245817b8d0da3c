package org.medcoord.records.internal;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.medcoord.core.PatientId;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.Versioned;

/**
 * Every document type that belongs to one patient's chart, each indexed by a TEXT field {@code patient},
 * so that a merge can move all of them. A new chart document type must be listed here, or a merge
 * would leave it behind.
 */
final class ChartDocuments {

    /** One chart document type and how to give one of its documents to another patient. */
    record Movable<T>(DocumentType<T> type, BiFunction<T, PatientId, T> reassign, BiConsumer<DataSession, Versioned<T>> written) {

        Movable(DocumentType<T> type, BiFunction<T, PatientId, T> reassign) {
            this(type, reassign, (s, saved) -> { });
        }

        int move(DataSession s, PatientId from, PatientId to) {
            int moved = 0;
            while (true) {
                // Moved documents stop matching, so the first page is always the next batch.
                List<Versioned<T>> batch = s.query(type, Criteria.all().eq("patient", from.asString()).limit(500)).items();
                if (batch.isEmpty()) {
                    return moved;
                }
                for (Versioned<T> doc : batch) {
                    // a move is a change like any other: types with a version history log it
                    written.accept(s, s.update(type, doc.id(), doc.version(), reassign.apply(doc.value(), to)));
                    moved++;
                }
            }
        }
    }

    static final List<Movable<?>> ALL = List.of(
            new Movable<>(HistoryDocuments.ENTRY, StoredEntry::movedTo, Revisions::logged),
            new Movable<>(ClinicalDocuments.ENCOUNTER, StoredEncounter::movedTo),
            new Movable<>(ClinicalDocuments.NOTE, StoredNote::movedTo, Revisions::loggedNote),
            new Movable<>(DefaultConsents.CONSENT, StoredConsent::movedTo),
            new Movable<>(DefaultConsents.SENSITIVE, StoredSensitiveGrant::movedTo),
            new Movable<>(DefaultVitals.VITAL, StoredVital::movedTo),
            new Movable<>(DefaultMedicationSchedules.ORDER, StoredOrder::movedTo),
            new Movable<>(DefaultMedicationSchedules.DOSE, StoredDose::movedTo),
            new Movable<>(DefaultAmendments.AMENDMENT, StoredAmendment::movedTo),
            new Movable<>(DefaultCareTeams.MEMBER, StoredCareMember::movedTo));

    private ChartDocuments() {
    }

    /** @return how many documents moved from {@code from}'s chart to {@code to}'s */
    static int moveAll(DataSession s, PatientId from, PatientId to) {
        int moved = 0;
        for (Movable<?> movable : ALL) {
            moved += movable.move(s, from, to);
        }
        return moved;
    }
}
