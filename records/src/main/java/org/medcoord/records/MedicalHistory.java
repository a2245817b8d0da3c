package org.medcoord.records;

import java.util.List;
import java.util.Set;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * History intake: allergies, problems, current medications, surgical, family and social history and
 * immunizations, each entry with its provenance. Access is decided on
 * {@link org.medcoord.core.access.DataCategory#CLINICAL} (medications: {@code MEDICATION}) and audited.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public interface MedicalHistory {

    /**
     * Records one entry.
     *
     * @throws org.medcoord.core.ValidationException listing every problem; nothing is stored
     * @throws org.medcoord.core.ConflictException {@code MC-REC-022} when the patient is not active
     */
    HistoryEntry record(AccessContext context, PatientId patient, HistoryItem item, EntrySource source);

    /**
     * Records one entry and marks it sensitive, in addition to any category its code implies (a problem coded
     * F11.20 is {@link SensitiveCategory#SUBSTANCE_USE} either way). Sensitive entries are seen only by their
     * recorder, users the patient permitted, and break-glass; to everyone else they do not exist.
     */
    HistoryEntry record(AccessContext context, PatientId patient, HistoryItem item, EntrySource source, Set<SensitiveCategory> sensitivity);

    /**
     * Records the answers of an intake questionnaire in one transaction: all entries or none, with every
     * problem of every item reported at once (fields {@code items[i]...}).
     */
    List<HistoryEntry> recordAll(AccessContext context, PatientId patient, List<HistoryItem> items, EntrySource source);

    /**
     * Turns the answers of an intake questionnaire into patient-reported entries, in one transaction: all or
     * none, with every problem reported at once under the form's field names ({@code allergies[1].severity},
     * {@code conditions[0].code}, ...).
     *
     * @return the entries recorded, in the form's order
     */
    List<HistoryEntry> recordIntake(AccessContext context, PatientId patient, IntakeForm form);

    /**
     * @param kinds the kinds wanted; empty for all
     * @return the patient's entries of those kinds (every status) that the caller may see, in creation order
     */
    List<HistoryEntry> list(AccessContext context, PatientId patient, Set<HistoryKind> kinds);

    /** @throws org.medcoord.core.NotFoundException when the tenant has no such entry */
    HistoryEntry get(AccessContext context, HistoryEntryId entry);

    /**
     * The entry's history: every version from its recording on (status changes, a merge moving it), each with
     * who made the change and when.
     *
     * @return the versions, oldest first
     * @throws org.medcoord.core.NotFoundException when the tenant has no such entry (or the caller may not see it)
     */
    List<RecordVersion<HistoryEntry>> versions(AccessContext context, HistoryEntryId entry);

    /**
     * Changes an entry's status (an allergy found to be wrong is {@link EntryStatus#ENTERED_IN_ERROR}).
     *
     * @throws org.medcoord.core.VersionConflictException when {@code expectedVersion} is not current
     */
    HistoryEntry changeStatus(AccessContext context, HistoryEntryId entry, long expectedVersion, EntryStatus status);
}
