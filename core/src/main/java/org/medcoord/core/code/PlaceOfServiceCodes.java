package org.medcoord.core.code;

import static java.util.Map.entry;

import java.util.Map;

/**
 * The place of service codes CMS has assigned, with their CMS names. CMS adds codes a few times a decade;
 * this table matches the CMS Place of Service Code Set as of 2024 (27 Outreach Site/Street from October
 * 2023, 66 PACE Center from 2024). The gaps (00, 28-30, 35-40, 43-48, 59, 63, 64, 67-70, 73-80, 82-98)
 * are unassigned and refused.
 */
final class PlaceOfServiceCodes {

    static final Map<String, String> ASSIGNED = Map.ofEntries(
            entry("01", "Pharmacy"),
            entry("02", "Telehealth Provided Other than in Patient's Home"),
            entry("03", "School"),
            entry("04", "Homeless Shelter"),
            entry("05", "Indian Health Service Free-standing Facility"),
            entry("06", "Indian Health Service Provider-based Facility"),
            entry("07", "Tribal 638 Free-standing Facility"),
            entry("08", "Tribal 638 Provider-based Facility"),
            entry("09", "Prison/Correctional Facility"),
            entry("10", "Telehealth Provided in Patient's Home"),
            entry("11", "Office"),
            entry("12", "Home"),
            entry("13", "Assisted Living Facility"),
            entry("14", "Group Home"),
            entry("15", "Mobile Unit"),
            entry("16", "Temporary Lodging"),
            entry("17", "Walk-in Retail Health Clinic"),
            entry("18", "Place of Employment-Worksite"),
            entry("19", "Off Campus-Outpatient Hospital"),
            entry("20", "Urgent Care Facility"),
            entry("21", "Inpatient Hospital"),
            entry("22", "On Campus-Outpatient Hospital"),
            entry("23", "Emergency Room - Hospital"),
            entry("24", "Ambulatory Surgical Center"),
            entry("25", "Birthing Center"),
            entry("26", "Military Treatment Facility"),
            entry("27", "Outreach Site/Street"),
            entry("31", "Skilled Nursing Facility"),
            entry("32", "Nursing Facility"),
            entry("33", "Custodial Care Facility"),
            entry("34", "Hospice"),
            entry("41", "Ambulance - Land"),
            entry("42", "Ambulance - Air or Water"),
            entry("49", "Independent Clinic"),
            entry("50", "Federally Qualified Health Center"),
            entry("51", "Inpatient Psychiatric Facility"),
            entry("52", "Psychiatric Facility-Partial Hospitalization"),
            entry("53", "Community Mental Health Center"),
            entry("54", "Intermediate Care Facility/Individuals with Intellectual Disabilities"),
            entry("55", "Residential Substance Abuse Treatment Facility"),
            entry("56", "Psychiatric Residential Treatment Center"),
            entry("57", "Non-residential Substance Abuse Treatment Facility"),
            entry("58", "Non-residential Opioid Treatment Facility"),
            entry("60", "Mass Immunization Center"),
            entry("61", "Comprehensive Inpatient Rehabilitation Facility"),
            entry("62", "Comprehensive Outpatient Rehabilitation Facility"),
            entry("65", "End-Stage Renal Disease Treatment Facility"),
            entry("66", "Programs of All-Inclusive Care for the Elderly (PACE) Center"),
            entry("71", "Public Health Clinic"),
            entry("72", "Rural Health Clinic"),
            entry("81", "Independent Laboratory"),
            entry("99", "Other Place of Service"));

    private PlaceOfServiceCodes() {
    }
}
