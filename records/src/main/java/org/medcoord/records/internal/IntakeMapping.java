package org.medcoord.records.internal;

import java.util.ArrayList;
import java.util.List;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.IntakeForm;

/** Maps questionnaire answers to history items, each with the form field it came from (for violations). */
final class IntakeMapping {

    /** One item and the field of the form that produced it. */
    record Answer(String field, HistoryItem item) {
    }

    private IntakeMapping() {
    }

    /** Renames an item's field to the form's: {@code conditions[0].condition.code} is {@code conditions[0].code}. */
    static String formField(String itemField) {
        return itemField.replaceFirst("^(conditions\\[\\d+])\\.condition", "$1")
                .replaceFirst("^(surgeries\\[\\d+])\\.performed", "$1.when")
                .replaceFirst("^(immunizations\\[\\d+])\\.administered", "$1.given");
    }

    static List<Answer> answers(IntakeForm form) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < form.allergies().size(); i++) {
            IntakeForm.AllergyAnswer a = form.allergies().get(i);
            answers.add(new Answer("allergies[" + i + "]", new HistoryItem.Allergy(a.substance(), a.reaction(), a.severity())));
        }
        for (int i = 0; i < form.conditions().size(); i++) {
            answers.add(new Answer("conditions[" + i + "]", new HistoryItem.Problem(form.conditions().get(i), null)));
        }
        for (int i = 0; i < form.medications().size(); i++) {
            IntakeForm.MedicationAnswer m = form.medications().get(i);
            answers.add(new Answer("medications[" + i + "]", new HistoryItem.Medication(m.drug(), m.dosage())));
        }
        for (int i = 0; i < form.surgeries().size(); i++) {
            IntakeForm.SurgeryAnswer s = form.surgeries().get(i);
            answers.add(new Answer("surgeries[" + i + "]", new HistoryItem.Surgery(s.procedure(), null, s.when())));
        }
        for (int i = 0; i < form.familyHistory().size(); i++) {
            IntakeForm.FamilyAnswer f = form.familyHistory().get(i);
            answers.add(new Answer("familyHistory[" + i + "]", new HistoryItem.FamilyHistory(f.relationship(), f.condition())));
        }
        String tobacco = switch (form.tobacco()) {
            case NEVER -> "never used tobacco";
            case FORMER -> "former tobacco user";
            case CURRENT -> "current tobacco user";
            case UNKNOWN -> null;
        };
        if (tobacco != null) {
            answers.add(new Answer("tobacco", new HistoryItem.SocialHistory(HistoryItem.SocialTopic.TOBACCO, tobacco)));
        }
        String alcohol = switch (form.alcohol()) {
            case NONE -> "does not drink alcohol";
            case MONTHLY_OR_LESS -> "drinks alcohol monthly or less";
            case WEEKLY -> "drinks alcohol weekly";
            case DAILY -> "drinks alcohol daily";
            case UNKNOWN -> null;
        };
        if (alcohol != null) {
            answers.add(new Answer("alcohol", new HistoryItem.SocialHistory(HistoryItem.SocialTopic.ALCOHOL, alcohol)));
        }
        for (int i = 0; i < form.immunizations().size(); i++) {
            IntakeForm.ImmunizationAnswer im = form.immunizations().get(i);
            answers.add(new Answer("immunizations[" + i + "]", new HistoryItem.Immunization(im.vaccine(), im.given(), "")));
        }
        return answers;
    }
}
