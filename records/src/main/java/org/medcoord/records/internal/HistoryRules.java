package org.medcoord.records.internal;

import java.time.LocalDate;
import org.medcoord.core.Violations;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.CodeValidator;
import org.medcoord.core.code.Coding;
import org.medcoord.records.HistoryItem;

/** Checks history items, collecting every problem; codes go through core's validator. */
final class HistoryRules {

    private static final String CODE = "MC-REC-030";

    private HistoryRules() {
    }

    static void check(Violations v, String path, HistoryItem item, CodeValidator codes, LocalDate today) {
        if (item == null) {
            v.add(path, "MC-REC-001", "a history item is required");
            return;
        }
        if (item instanceof HistoryItem.Allergy a) {
            coding(v, path + ".substance", a.substance(), codes, "the substance is required");
            v.addIf(a.severity() == null, path + ".severity", CODE, "the severity is required: MILD, MODERATE or SEVERE");
            DemographicsRules.length(v, path + ".reaction", a.reaction(), DemographicsRules.MAX_TEXT);
        } else if (item instanceof HistoryItem.Problem p) {
            icd10(v, path + ".condition", p.condition(), codes);
            notFuture(v, path + ".onset", p.onset(), today);
        } else if (item instanceof HistoryItem.Medication m) {
            coding(v, path + ".drug", m.drug(), codes, "the drug is required");
            DemographicsRules.length(v, path + ".dosage", m.dosage(), DemographicsRules.MAX_TEXT);
        } else if (item instanceof HistoryItem.Surgery s) {
            v.addIf(s.procedure().isEmpty(), path + ".procedure", CODE, "describe the procedure");
            DemographicsRules.length(v, path + ".procedure", s.procedure(), DemographicsRules.MAX_TEXT);
            if (s.code() != null) {
                v.addAll("", codes.validate(path + ".code", s.code()));
            }
            notFuture(v, path + ".performed", s.performed(), today);
        } else if (item instanceof HistoryItem.FamilyHistory f) {
            v.addIf(f.relationship().isEmpty(), path + ".relationship", CODE, "name the relative, for example mother");
            DemographicsRules.length(v, path + ".relationship", f.relationship(), DemographicsRules.MAX_NAME);
            icd10(v, path + ".condition", f.condition(), codes);
        } else if (item instanceof HistoryItem.SocialHistory s) {
            v.addIf(s.topic() == null, path + ".topic", CODE, "the topic is required");
            v.addIf(s.detail().isEmpty(), path + ".detail", CODE, "the detail is required");
            DemographicsRules.length(v, path + ".detail", s.detail(), 1000);
        } else if (item instanceof HistoryItem.Immunization i) {
            coding(v, path + ".vaccine", i.vaccine(), codes, "the vaccine is required");
            if (i.administered() == null) {
                v.add(path + ".administered", CODE, "the date the vaccine was given is required");
            }
            notFuture(v, path + ".administered", i.administered(), today);
            DemographicsRules.length(v, path + ".lotNumber", i.lotNumber(), 40);
        }
    }

    private static void coding(Violations v, String path, Coding coding, CodeValidator codes, String missing) {
        if (coding == null) {
            v.add(path, CODE, missing);
        } else {
            v.addAll("", codes.validate(path, coding));
        }
    }

    private static void icd10(Violations v, String path, Coding coding, CodeValidator codes) {
        if (coding == null) {
            v.add(path, CODE, "the condition is required, coded in ICD-10-CM");
        } else if (!CodeSystems.ICD_10_CM.equals(coding.system())) {
            v.add(path + ".system", CODE, "a condition is coded in ICD-10-CM (" + CodeSystems.ICD_10_CM + ")");
        } else {
            v.addAll("", codes.validate(path, coding));
        }
    }

    private static void notFuture(Violations v, String path, LocalDate date, LocalDate today) {
        v.addIf(date != null && date.isAfter(today), path, CODE, "the date is in the future; check it");
    }
}
