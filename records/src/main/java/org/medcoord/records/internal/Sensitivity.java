package org.medcoord.records.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.medcoord.core.PatientId;
import org.medcoord.core.data.DataSession;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.SensitiveAccessGrant;
import org.medcoord.records.SensitiveCategory;

/**
 * Which sensitive categories an entry falls in, and whether the caller may see it: its recorder, a user the
 * patient permitted for every category of the entry, or break-glass (verified by the access gate and
 * flagged in the audit trail).
 */
final class Sensitivity {

    private Sensitivity() {
    }

    static Set<SensitiveCategory> of(HistoryItem item, Set<SensitiveCategory> explicit) {
        Set<SensitiveCategory> all = EnumSet.noneOf(SensitiveCategory.class);
        if (explicit != null) {
            all.addAll(explicit);
        }
        if (item instanceof HistoryItem.Problem p && p.condition() != null) {
            SensitiveCategory.ofIcd10Cm(p.condition().code()).ifPresent(all::add);
        }
        return all;
    }

    /** Decides for entries of one patient, reading the patient's grants once. */
    static final class Filter {
        private final DataSession session;
        private List<SensitiveAccessGrant> grants;

        Filter(DataSession session) {
            this.session = session;
        }

        boolean allows(StoredEntry entry) {
            return allows(entry.patient(), entry.sensitivity(), entry.provenance().recordedBy());
        }

        boolean allows(StoredNote note) {
            return allows(note.patient(), note.sensitivity(), note.author());
        }

        private boolean allows(PatientId patient, Set<SensitiveCategory> sensitivity, String recordedBy) {
            if (sensitivity.isEmpty() || session.context().breakGlass().isPresent()) {
                return true;
            }
            String user = session.context().principal().userId();
            if (recordedBy.equals(user)) {
                return true;
            }
            List<SensitiveAccessGrant> mine = grants(patient);
            return sensitivity.stream().allMatch(c -> mine.stream().anyMatch(g -> g.covers(user, c, session.now())));
        }

        private List<SensitiveAccessGrant> grants(PatientId patient) {
            if (grants == null) {
                grants = DefaultConsents.sensitiveGrants(session, patient);
            }
            return grants;
        }
    }
}
