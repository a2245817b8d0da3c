package org.medcoord.core.code;

/**
 * Canonical URIs of the code systems MedCoord works with, as FHIR R4 and US Core spell them. Use them as
 * {@link Coding#system()} and as {@link org.medcoord.core.spi.CodeSystem#uri()}.
 *
 * @since 0.1.0
 */
public final class CodeSystems {

    /** ICD-10-CM diagnoses. */
    public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    /** CPT procedures (HCPCS Level I). Licensed by the AMA: MedCoord checks the format, ships no table. */
    public static final String CPT = "http://www.ama-assn.org/go/cpt";
    /** HCPCS Level II procedures, supplies and drugs. */
    public static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    /** National Drug Codes. */
    public static final String NDC = "http://hl7.org/fhir/sid/ndc";
    /** LOINC observations and documents. */
    public static final String LOINC = "http://loinc.org";
    /** SNOMED CT. */
    public static final String SNOMED_CT = "http://snomed.info/sct";
    /** UCUM units of measure. */
    public static final String UCUM = "http://unitsofmeasure.org";
    /** RxNorm medications. */
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    /** National Provider Identifiers. */
    public static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    /** CMS place of service codes. */
    public static final String PLACE_OF_SERVICE =
            "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
    /** CDC vaccine codes (CVX). */
    public static final String CVX = "http://hl7.org/fhir/sid/cvx";

    private CodeSystems() {
    }
}
