package org.medcoord.example.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.example.sms.SmsOutboxChannel;

/** The clinic-day demo end to end on an embedded H2 folder: twice, the second run continuing. */
class ClinicDayTest {

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
        LocalDate playedDay() {
            Matcher m = Pattern.compile("\\n  (\\d{4}-\\d{2}-\\d{2}) \\(").matcher(out);
            assertThat(m.find()).as("the banner names the day").isTrue();
            return LocalDate.parse(m.group(1));
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ClinicDay.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @TempDir
    Path dir;

    @AfterEach
    void clearOutboxProperty() {
        System.clearProperty(SmsOutboxChannel.OUTBOX_PROPERTY);
    }

    @Test
    void theDemoPlaysADayThenTheNextOneOnTheSameFolder() throws Exception {
        Path data = dir.resolve("medcoord-demo-data");

        Run first = run("--data", data.toString());

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).contains("North Clinic, day 1", "registered, intake recorded", "CANCELLED", "BOOKED",
                "reminder job at 08:45: 3 sent", "WITH_CLINICIAN", "DRUG_ALLERGY", "Azithromycin", "LA-0001", "AWAITING_REPROCESSING",
                "IN_SERVICE", "student-kim records a heart rate: denied and audited (MC-ACCESS-001)", "audit chain verified",
                "Day totals", "MC-PRAIRIE-101 ERROR (rule prairie-modifier-25)", "corrected with ClaimCorrections.correctLine: the line is now 99213-25",
                "re-scrubbed clean", "MC-PRAIRIE-101 fixed", "PM835-", "CO-96", "charges captured by coordination",
                "kit line (consumed by coordination)", "follow-up requested: office visit between", "supply worklist (raised by coordination)",
                        "coordination's workflow blocks Colonoscope 7", "is refused while the scope is out: MC-SCHED-102",
                        "coordination lifts the block: 0 block(s) left", "Coordinator's daily report", "claims today: 5 submitted")
                .containsPattern("reminders sent\\s+5\\n").containsPattern("claims submitted\\s+5\\n")
                .containsPattern("charge lines captured by coordination\\s+7\\n").containsPattern("workflow events failed\\s+0\\n")
                .containsPattern("PURCHASE_SUGGESTION\\s+DONE");
        assertThat(Files.readAllLines(data.resolve("sms-outbox.txt"))).hasSize(5);
        assertThat(Files.exists(data.resolve("medcoord.mv.db"))).isTrue();

        Run second = run("--data", data.toString());

        assertThat(second.status()).as(second.err()).isZero();
        assertThat(second.out()).contains("North Clinic, day 2 (continuing from stored data)", "found by patient number",
                "stopped the previous azithromycin order", "audit chain verified").doesNotContain("registered, intake recorded")
                .containsPattern("claims paid\\s+5\\n").containsPattern("claims caught by a payer edit and corrected\\s+1\\n")
                .containsPattern("charge lines captured by coordination\\s+7\\n").containsPattern("workflow events failed\\s+0\\n");
        assertThat(second.out()).containsPattern("Dr Okafor\\s+PRACTITIONER\\s+daily 07:00-19:00\\s+found");
        assertThat(second.playedDay()).isEqualTo(first.playedDay().plusDays(1));
        assertThat(Files.readAllLines(data.resolve("sms-outbox.txt"))).hasSize(10);
    }

    @Test
    void aFolderWhoseKeysWereLostIsRefusedInsteadOfGivenNewKeys() throws Exception {
        Path data = dir.resolve("lost-keys");
        assertThat(run("--data", data.toString()).status()).isZero();
        Files.delete(data.resolve(DemoKeys.FILE));

        Run run = run("--data", data.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("demo-keys.properties is missing", "cannot be read without the keys");
        assertThat(Files.exists(data.resolve(DemoKeys.FILE))).isFalse();
    }

    @Test
    void badArgumentsExitWithStatusTwoAndTheUsage() {
        Run run = run("--jdbc-url", "jdbc:mysql://db/x", "--colour");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown option --colour", "--jdbc-url must be a jdbc:postgresql: or jdbc:h2: URL", "usage: clinic-day");
    }

    @Test
    void anUnreachableDatabaseFailsWithStatusOneAndSaysWhatFailed() {
        Run run = run("--data", dir.resolve("d").toString(), "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none", "--jdbc-user", "nobody");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("clinic-day FAILED during opening the database (jdbc:postgresql://127.0.0.1:1/none as nobody)")
                .contains("MC-");
    }
}
