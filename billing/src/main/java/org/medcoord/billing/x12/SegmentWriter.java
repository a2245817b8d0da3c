package org.medcoord.billing.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes segments through StAEDI's {@link EDIStreamWriter} with the X12 00501 control schema set, so
 * that StAEDI validates the ISA/GS/ST/SE/GE/IEA envelope (element types and lengths, codes, counts,
 * control numbers) as it writes. Counts the segments of the open transaction set for SE01. Buffers the
 * whole interchange: a caller gets all of it or an exception. Element separator {@code *}, component
 * {@code :}, repetition {@code ^}, terminator {@code ~} followed by a line feed.
 */
final class SegmentWriter {

    static final char ELEMENT = '*';
    static final char COMPONENT = ':';
    static final char REPETITION = '^';
    static final char TERMINATOR = '~';

    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private static volatile Schema controlSchema;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private final EDIStreamWriter writer;
    private final List<String> rejections = new ArrayList<>();
    private Location firstRejection;
    private int segmentsInSet;
    private int setsInGroup;
    private String setControl;
    private InterchangeEnvelope envelope;

    SegmentWriter() {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, TERMINATOR);
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, ELEMENT);
        factory.setErrorReporter((error, w, location, data, reference) -> {
            if (firstRejection == null) {
                firstRejection = location.copy();
            }
            rejections.add(location.getSegmentTag() + TransactionParser.pos(Math.max(location.getElementPosition(), 0))
                    + " " + error);
        });
        writer = factory.createEDIStreamWriter(buffer);
        writer.setControlSchema(schema());
    }

    private static Schema schema() {
        Schema s = controlSchema;
        if (s == null) {
            try {
                s = SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.X12,
                        new String[] {"00501"});
            } catch (EDISchemaException e) {
                throw new IllegalStateException("StAEDI's X12 00501 control schema is missing", e);
            }
            controlSchema = s;
        }
        return s;
    }

    /** Writes ISA and GS. */
    void open(InterchangeEnvelope env, String functionalId, String guide) {
        this.envelope = env;
        try {
            writer.startInterchange();
            writer.writeStartSegment("ISA")
                    .writeElement("00").writeElement(" ".repeat(10))
                    .writeElement("00").writeElement(" ".repeat(10))
                    .writeElement(env.senderQualifier()).writeElement(pad(env.senderId(), 15))
                    .writeElement(env.receiverQualifier()).writeElement(pad(env.receiverId(), 15))
                    .writeElement(env.createdAt().format(YYMMDD)).writeElement(env.createdAt().format(HHMM))
                    .writeElement(String.valueOf(REPETITION)).writeElement("00501")
                    .writeElement(String.format("%09d", env.interchangeControlNumber()))
                    .writeElement("0").writeElement(env.usage().code())
                    .writeElement(String.valueOf(COMPONENT))
                    .writeEndSegment();
            segment("GS", functionalId, env.senderId(), env.receiverId(), env.createdAt().format(D8),
                    env.createdAt().format(HHMM), String.valueOf(env.groupControlNumber()), "X", guide);
        } catch (EDIStreamException e) {
            throw rejected(e);
        }
    }

    /** Writes ST; control numbers run 0001, 0002, ... within the group. */
    void startSet(String type, String guide) {
        setsInGroup++;
        setControl = String.format("%04d", setsInGroup);
        segmentsInSet = 0;
        segment("ST", type, setControl, guide);
    }

    void endSet() {
        segment("SE", String.valueOf(segmentsInSet + 1), setControl);
    }

    /** Writes GE and IEA and returns the interchange. */
    String close() {
        segment("GE", String.valueOf(setsInGroup), String.valueOf(envelope.groupControlNumber()));
        try {
            writer.writeStartSegment("IEA").writeElement("1")
                    .writeElement(String.format("%09d", envelope.interchangeControlNumber())).writeEndSegment();
            writer.endInterchange();
            writer.close();
        } catch (EDIStreamException e) {
            throw rejected(e);
        }
        if (!rejections.isEmpty()) {
            throw new X12Exception(X12Codes.WRITE_REJECTED, String.valueOf(firstRejection.getSegmentTag()),
                    firstRejection.getSegmentPosition(), firstRejection.getCharacterOffset(),
                    "StAEDI rejected the interchange being written: " + String.join("; ", rejections), null);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes one segment. Each element is a String (null or empty for an empty element) or a String[]
     * composite; trailing empty elements and components are left out.
     */
    void segment(String tag, Object... elements) {
        int last = elements.length;
        while (last > 0 && isEmpty(elements[last - 1])) {
            last--;
        }
        try {
            writer.writeStartSegment(tag);
            for (int i = 0; i < last; i++) {
                Object e = elements[i];
                if (isEmpty(e)) {
                    writer.writeEmptyElement();
                } else if (e instanceof String[] comps) {
                    int lastComp = comps.length;
                    while (lastComp > 0 && (comps[lastComp - 1] == null || comps[lastComp - 1].isEmpty())) {
                        lastComp--;
                    }
                    writer.writeStartElement();
                    for (int c = 0; c < lastComp; c++) {
                        if (comps[c] == null || comps[c].isEmpty()) {
                            writer.writeEmptyComponent();
                        } else {
                            writer.writeComponent(comps[c]);
                        }
                    }
                    writer.endElement();
                } else {
                    writer.writeElement(e.toString());
                }
            }
            writer.writeEndSegment();
        } catch (EDIStreamException e) {
            throw rejected(e);
        }
        if (!"GS".equals(tag) && !"GE".equals(tag)) {
            segmentsInSet++;
        }
    }

    private static boolean isEmpty(Object e) {
        if (e == null) {
            return true;
        }
        if (e instanceof String[] comps) {
            for (String c : comps) {
                if (c != null && !c.isEmpty()) {
                    return false;
                }
            }
            return true;
        }
        return e.toString().isEmpty();
    }

    private X12Exception rejected(EDIStreamException e) {
        Location l = e.getLocation();
        return new X12Exception(X12Codes.WRITE_REJECTED, l == null ? "?" : String.valueOf(l.getSegmentTag()),
                l == null ? 0 : l.getSegmentPosition(), l == null ? -1 : l.getCharacterOffset(),
                "StAEDI could not write the interchange", e);
    }

    static String pad(String v, int width) {
        return v.length() >= width ? v : v + " ".repeat(width - v.length());
    }

    static String d8(LocalDate date) {
        return date.format(D8);
    }

    /** Amounts as X12 R elements: plain decimal, no exponent, trailing zeros after the point dropped. */
    static String amount(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }
}
