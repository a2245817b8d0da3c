package org.medcoord.records.internal;

import java.util.ArrayList;
import java.util.List;
import org.medcoord.core.PatientId;
import org.medcoord.records.Demographics;
import org.medcoord.records.ExternalIdentifier;
import org.medcoord.records.PatientStatus;

/** A patient as stored (encrypted by core); the version lives beside it in the engine. */
record StoredPatient(String facility, String mrn, Demographics demographics, List<ExternalIdentifier> identifiers,
                     PatientStatus status, PatientId mergedInto, List<String> mergedMrns, List<String> restrictedTo,
                     String updatedBy) {

    StoredPatient {
        identifiers = List.copyOf(identifiers);
        mergedMrns = List.copyOf(mergedMrns);
        restrictedTo = restrictedTo == null ? null : List.copyOf(restrictedTo);
    }

    /** @return true when a consent restriction limits who may see this patient */
    boolean restricted() {
        return restrictedTo != null;
    }

    StoredPatient withRestriction(List<String> users, String by) {
        return new StoredPatient(facility, mrn, demographics, identifiers, status, mergedInto, mergedMrns, users, by);
    }

    StoredPatient withDemographics(Demographics value, String by) {
        return new StoredPatient(facility, mrn, value, identifiers, status, mergedInto, mergedMrns, restrictedTo, by);
    }

    StoredPatient withIdentifier(ExternalIdentifier value, String by) {
        List<ExternalIdentifier> next = new ArrayList<>(identifiers);
        next.add(value);
        return new StoredPatient(facility, mrn, demographics, next, status, mergedInto, mergedMrns, restrictedTo, by);
    }

    StoredPatient deactivated(String by) {
        return new StoredPatient(facility, mrn, demographics, identifiers, PatientStatus.INACTIVE, mergedInto, mergedMrns, restrictedTo, by);
    }

    /** The merged side: its identifiers move to the survivor, so it gives up their unique keys. */
    StoredPatient mergedInto(PatientId survivor, String by) {
        return new StoredPatient(facility, mrn, demographics, List.of(), PatientStatus.MERGED, survivor, mergedMrns, restrictedTo, by);
    }

    /** The surviving side: gains the merged record's identifiers and MRNs. */
    StoredPatient absorbing(StoredPatient merged, String by) {
        List<ExternalIdentifier> ids = new ArrayList<>(identifiers);
        merged.identifiers().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        List<String> mrns = new ArrayList<>(mergedMrns);
        mrns.add(merged.mrn());
        mrns.addAll(merged.mergedMrns());
        return new StoredPatient(facility, mrn, demographics, ids, status, mergedInto, mrns, mergedRestriction(restrictedTo, merged.restrictedTo()), by);
    }

    /** A merge never widens access: a restriction on either side carries over, limited to users both allow. */
    private static List<String> mergedRestriction(List<String> mine, List<String> theirs) {
        if (mine == null) {
            return theirs;
        }
        if (theirs == null) {
            return mine;
        }
        return mine.stream().filter(theirs::contains).toList();
    }

    @Override
    public String toString() {
        return "StoredPatient[" + facility + " " + status + "]";
    }
}
