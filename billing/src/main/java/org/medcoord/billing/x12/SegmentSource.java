package org.medcoord.billing.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Streams an X12 input through StAEDI's reader (which validates the ISA/GS/ST/SE/GE/IEA envelope with
 * its control schema), turns its events into {@link Segment}s and hands the segments of each
 * transaction set to a {@link TransactionParser}. Any error ends the read with an {@link X12Exception};
 * the parser's records are returned only when the whole input was read.
 */
final class SegmentSource {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private SegmentSource() {
    }

    static <T> X12Document<T> read(InputStream raw, TransactionParser<T> parser) {
        X12Input input = X12Input.open(raw);
        parser.componentSeparator = input.componentSeparator();
        State state = new State(input.skipped());
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        EDIStreamReader reader = factory.createEDIStreamReader(input);
        try {
            Segment.Builder current = null;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> current = new Segment.Builder(reader.getText(),
                            reader.getLocation().getSegmentPosition());
                    case ELEMENT_DATA -> {
                        Location l = reader.getLocation();
                        if (current != null) {
                            current.add(l.getElementPosition(), l.getElementOccurrence(), l.getComponentPosition(),
                                    reader.getText());
                        }
                    }
                    case END_SEGMENT -> {
                        if (current != null) {
                            dispatch(current.build(state.skipped + reader.getLocation().getCharacterOffset()), parser,
                                    state);
                            current = null;
                        }
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
                            throw validationError(reader.getErrorType(), reader.getLocation(), state);
                    default -> {
                        // interchange, group, transaction and loop boundaries come from the segments themselves
                    }
                }
            }
        } catch (EDIStreamException e) {
            Location l = e.getLocation();
            String tag = l != null && l.getSegmentTag() != null ? l.getSegmentTag() : state.lastTag;
            long index = l != null && l.getSegmentPosition() > 0 ? l.getSegmentPosition() : state.lastIndex;
            long offset = l != null && l.getCharacterOffset() >= 0 ? state.skipped + l.getCharacterOffset() : -1;
            if (input.atEnd() && (state.interchangeOpen || !state.sawInterchange)) {
                throw new X12Exception(X12Codes.TRUNCATED, tag, index, offset,
                        "the input ends before the interchange is closed by IEA", null);
            }
            throw new X12Exception(X12Codes.NOT_X12, tag, index, offset,
                    "the input breaks X12 syntax and cannot be tokenized", null);
        } catch (IllegalStateException e) {
            throw new X12Exception(X12Codes.NOT_X12, state.lastTag, state.lastIndex, -1,
                    "the input breaks X12 syntax and cannot be tokenized", null);
        } finally {
            try {
                reader.close();
            } catch (IOException ignored) {
                // the caller owns and closes the input stream
            }
        }
        if (state.interchangeOpen || state.inTransaction || !state.sawInterchange) {
            throw new X12Exception(X12Codes.TRUNCATED, state.lastTag, state.lastIndex, -1,
                    "the input ends before the interchange is closed by IEA", null);
        }
        if (input.terminatorSupplied()) {
            parser.warn(new ParseWarning(X12Codes.W_NO_FINAL_TERMINATOR, "IEA", state.lastIndex, -1,
                    "the final IEA segment has no segment terminator; read as if it had one"));
        }
        return new X12Document<>(parser.results, parser.warnings);
    }

    private static X12Exception validationError(EDIStreamValidationError error, Location l, State state) {
        String tag = l.getSegmentTag() != null ? l.getSegmentTag() : state.lastTag;
        String element = l.getElementPosition() > 0 ? tag + TransactionParser.pos(l.getElementPosition()) : tag;
        long offset = state.skipped + l.getCharacterOffset();
        return switch (error) {
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> new X12Exception(X12Codes.CONTROL_MISMATCH, tag,
                    l.getSegmentPosition(), offset, element + " count does not match the segments or sets it closes",
                    null);
            case CONTROL_REFERENCE_MISMATCH -> new X12Exception(X12Codes.CONTROL_MISMATCH, tag,
                    l.getSegmentPosition(), offset, element + " control number does not match its header", null);
            default -> new X12Exception(X12Codes.ENVELOPE_INVALID, tag, l.getSegmentPosition(), offset,
                    element + " fails envelope validation: " + error, null);
        };
    }

    private static <T> void dispatch(Segment s, TransactionParser<T> parser, State state) {
        state.lastTag = s.tag();
        state.lastIndex = s.index();
        switch (s.tag()) {
            case "ISA" -> {
                if (state.interchangeOpen) {
                    throw s.error(X12Codes.BAD_STRUCTURE, "ISA inside an open interchange");
                }
                state.interchangeOpen = true;
                state.sawInterchange = true;
                state.isa = s;
            }
            case "GS" -> {
                state.envelope = envelope(state.isa, s);
                String version = state.isa.get(12);
                String gs08 = s.get(8) == null ? "" : s.get(8);
                if (version != null && !gs08.startsWith(version)) {
                    parser.warn(s.warning(X12Codes.W_VERSION_MISMATCH, "ISA12 names version " + version
                            + " but GS08 names " + gs08 + "; read as " + parser.guide()));
                }
                if (!gs08.startsWith(parser.guide())) {
                    parser.warn(s.warning(X12Codes.W_GUIDE, "GS08 " + gs08 + " is not the implementation guide "
                            + parser.guide() + "; read as " + parser.guide()));
                }
            }
            case "ST" -> {
                if (!parser.transactionType().equals(s.get(1))) {
                    throw s.error(X12Codes.WRONG_TRANSACTION, "ST01 is " + s.get(1) + ", this reader reads "
                            + parser.transactionType());
                }
                state.inTransaction = true;
                parser.begin(s, state.envelope);
            }
            case "SE" -> {
                state.inTransaction = false;
                parser.end(s);
            }
            case "GE" -> state.envelope = null;
            case "IEA" -> state.interchangeOpen = false;
            default -> {
                if (!state.inTransaction) {
                    throw s.error(X12Codes.BAD_STRUCTURE, s.tag() + " outside a transaction set");
                }
                parser.segment(s);
            }
        }
    }

    private static InterchangeEnvelope envelope(Segment isa, Segment gs) {
        LocalDateTime created = null;
        try {
            if (isa.get(9) != null && isa.get(10) != null) {
                created = LocalDateTime.of(LocalDate.parse(isa.get(9), YYMMDD), LocalTime.parse(isa.get(10), HHMM));
            }
        } catch (DateTimeParseException e) {
            created = null;
        }
        return new InterchangeEnvelope(isa.get(5), trim(isa.get(6)), isa.get(7), trim(isa.get(8)),
                number(isa.get(13)), number(gs.get(6)), created, UsageIndicator.fromCode(isa.get(15)));
    }

    private static String trim(String v) {
        return v == null ? null : v.trim();
    }

    private static long number(String v) {
        try {
            return v == null ? 0 : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static final class State {
        final long skipped;
        boolean interchangeOpen;
        boolean sawInterchange;
        boolean inTransaction;
        Segment isa;
        InterchangeEnvelope envelope;
        String lastTag = "?";
        long lastIndex;

        State(long skipped) {
            this.skipped = skipped;
        }
    }
}
