package org.medcoord.fhir;

/**
 * The URIs MedCoord's FHIR resources use: code systems by their canonical URIs (as FHIR R4 and US Core spell
 * them), and MedCoord's own identifier systems and extensions for what FHIR has no element for.
 *
 * @since 0.1.0
 */
public final class FhirSystems {

    /** ICD-10-CM diagnoses. */
    public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    /** CPT procedures. */
    public static final String CPT = "http://www.ama-assn.org/go/cpt";
    /** HCPCS Level II. */
    public static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    /** National Drug Codes. */
    public static final String NDC = "http://hl7.org/fhir/sid/ndc";
    /** LOINC. */
    public static final String LOINC = "http://loinc.org";
    /** SNOMED CT. */
    public static final String SNOMED_CT = "http://snomed.info/sct";
    /** UCUM units. */
    public static final String UCUM = "http://unitsofmeasure.org";
    /** RxNorm. */
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    /** CVX vaccines. */
    public static final String CVX = "http://hl7.org/fhir/sid/cvx";

    /** The root of MedCoord's own URIs. */
    public static final String BASE = "https://medcoord.org/fhir";
    /** MRNs: this prefix plus the issuing facility's code, for example {@code .../sid/mrn/MAIN}. */
    public static final String MRN_PREFIX = BASE + "/sid/mrn/";
    /** MedCoord user ids (who recorded, ordered, changed something). */
    public static final String USER = BASE + "/sid/user";
    /** MedCoord's own codes (data categories, entry sources, statuses FHIR has no code for). */
    public static final String CODES = BASE + "/CodeSystem/medcoord";
    /** The prefix of MedCoord's extensions: this plus a name such as {@code updated-by}. */
    public static final String EXTENSION_PREFIX = BASE + "/StructureDefinition/";

    private FhirSystems() {
    }

    /** @return the identifier system of MRNs issued by {@code facility} */
    public static String mrnSystem(String facility) {
        return MRN_PREFIX + facility;
    }

    /** @return the URL of MedCoord's extension {@code name} */
    public static String extension(String name) {
        return EXTENSION_PREFIX + name;
    }
}
