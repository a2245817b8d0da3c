package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoord.records.Clinic.DESK;
import static org.medcoord.records.Clinic.DOCTOR;
import static org.medcoord.records.Clinic.NURSE;
import static org.medcoord.records.Clinic.person;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

class VitalsTest {

    private final Clinic clinic = new Clinic();
    private final Vitals vitals = clinic.service(Vitals.class);
    private final PatientId patient = clinic.treatedBy(clinic.registry()
            .register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", LocalDate.of(1980, 5, 17), null))).id());

    @AfterEach
    void close() {
        clinic.close();
    }

    private Vital chart(VitalKind kind, String value, String unit) {
        Vital v = vitals.record(NURSE, patient, kind, new BigDecimal(value), unit, clinic.clock.instant(), Optional.empty());
        clinic.clock.advance(Duration.ofHours(1));
        return v;
    }

    @Test
    void unitsAreCheckedAndConvertedToTheCanonicalUnit() {
        Vital fever = chart(VitalKind.TEMPERATURE, "101.3", "[degF]");
        Vital weight = chart(VitalKind.WEIGHT, "154", "[lb_av]");

        assertThat(fever.value()).isEqualByComparingTo("38.50");
        assertThat(fever.unit()).isEqualTo("Cel");
        assertThat(fever.enteredValue()).isEqualByComparingTo("101.3");
        assertThat(fever.enteredUnit()).isEqualTo("[degF]");
        assertThat(fever.flag()).isEqualTo(VitalFlag.HIGH);
        assertThat(weight.value()).isEqualByComparingTo("69.85");
        assertThat(weight.flag()).isEqualTo(VitalFlag.NONE);
    }

    @Test
    void aValueWithoutAUnitOrWithAWrongUnitOrImpossibleValueIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> vitals.record(NURSE, patient, VitalKind.HEART_RATE, new BigDecimal("72"), null, clinic.clock.instant(),
                Optional.empty()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-REC-060"));
        assertThatThrownBy(() -> vitals.record(NURSE, patient, VitalKind.WEIGHT, new BigDecimal("70"), "mm[Hg]",
                clinic.clock.instant().plus(Duration.ofDays(1)), Optional.empty()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-REC-060", "MC-REC-062"));
        assertThatThrownBy(() -> chart(VitalKind.TEMPERATURE, "98.6", "Cel"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .as("98.6 Cel is Fahrenheit entered as Celsius").containsExactly("MC-REC-061"));
        assertThatThrownBy(() -> chart(VitalKind.PAIN_SCORE, "4.5", "{score}"))
                .isInstanceOf(ValidationException.class);
        assertThat(vitals.latest(DOCTOR, patient, VitalKind.HEART_RATE)).isEmpty();
        assertThat(vitals.latest(DOCTOR, patient, VitalKind.WEIGHT)).isEmpty();
    }

    @Test
    void readingsOutsideTheReferenceRangeAreFlagged() {
        assertThat(chart(VitalKind.SYSTOLIC_BP, "150", "mm[Hg]").flag()).isEqualTo(VitalFlag.HIGH);
        assertThat(chart(VitalKind.SYSTOLIC_BP, "118", "mm[Hg]").flag()).isEqualTo(VitalFlag.NORMAL);
        assertThat(chart(VitalKind.SPO2, "88", "%").flag()).isEqualTo(VitalFlag.LOW);
        assertThat(chart(VitalKind.SPO2, "100", "%").flag()).isEqualTo(VitalFlag.NORMAL);
        assertThat(chart(VitalKind.HEART_RATE, "100", "/min").flag()).isEqualTo(VitalFlag.NORMAL);
        assertThat(chart(VitalKind.HEART_RATE, "101", "/min").flag()).isEqualTo(VitalFlag.HIGH);
    }

    @Test
    void aSeriesAndItsTrendCoverTheRequestedPeriodOldestFirst() {
        Instant start = clinic.clock.instant();
        chart(VitalKind.SYSTOLIC_BP, "150", "mm[Hg]");
        chart(VitalKind.HEART_RATE, "80", "/min");
        chart(VitalKind.SYSTOLIC_BP, "140", "mm[Hg]");
        chart(VitalKind.SYSTOLIC_BP, "125", "mm[Hg]");
        Instant end = clinic.clock.instant();
        chart(VitalKind.SYSTOLIC_BP, "200", "mm[Hg]");

        assertThat(vitals.series(DOCTOR, patient, VitalKind.SYSTOLIC_BP, start, end)).extracting(v -> v.value().intValue())
                .containsExactly(150, 140, 125);
        VitalTrend trend = vitals.trend(DOCTOR, patient, VitalKind.SYSTOLIC_BP, start, end).orElseThrow();
        assertThat(trend.count()).isEqualTo(3);
        assertThat(trend.min()).isEqualByComparingTo("125");
        assertThat(trend.max()).isEqualByComparingTo("150");
        assertThat(trend.mean()).isEqualByComparingTo("138.33");
        assertThat(trend.change()).isEqualByComparingTo("-25");
        assertThat(vitals.latest(DOCTOR, patient, VitalKind.SYSTOLIC_BP).orElseThrow().value()).isEqualByComparingTo("200");
        assertThat(vitals.trend(DOCTOR, patient, VitalKind.RESPIRATORY_RATE, start, end)).isEmpty();
    }

    @Test
    void bmiIsDerivedFromTheLatestWeightAndHeight() {
        assertThat(vitals.bmi(DOCTOR, patient)).isEmpty();
        chart(VitalKind.WEIGHT, "90", "kg");
        chart(VitalKind.HEIGHT, "1.75", "m");
        chart(VitalKind.WEIGHT, "70", "kg");

        Bmi bmi = vitals.bmi(DOCTOR, patient).orElseThrow();
        assertThat(bmi.value()).isEqualByComparingTo("22.9");
        assertThat(bmi.flag()).isEqualTo(VitalFlag.NORMAL);
    }

    @Test
    void theFrontDeskCannotChartVitals() {
        assertThatThrownBy(() -> vitals.record(DESK, patient, VitalKind.HEART_RATE, new BigDecimal("70"), "/min", clinic.clock.instant(),
                Optional.empty())).isInstanceOf(AccessDeniedException.class);
    }
}
