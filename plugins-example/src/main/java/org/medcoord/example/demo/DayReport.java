package org.medcoord.example.demo;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The printed day report: numbered sections, indented lines, tables with aligned columns (numbers to the
 * right) and totals, and progress on long steps.
 */
final class DayReport {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final String INDENT = "   ";

    private final PrintStream out;
    private final boolean interactive;
    private int section;

    DayReport(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    void banner(String... lines) {
        int width = Arrays.stream(lines).mapToInt(String::length).max().orElse(0) + 4;
        out.println("=".repeat(width));
        for (String line : lines) {
            out.println("  " + line);
        }
        out.println("=".repeat(width));
    }

    void section(String title, LocalTime at) {
        section++;
        out.println();
        String head = section + ". " + title;
        String time = at == null ? "" : "[" + HH_MM.format(at) + "]";
        int pad = Math.max(2, 78 - head.length() - time.length());
        out.println(head + " " + "-".repeat(pad - 1) + " " + time);
    }

    void line(String text) {
        out.println(INDENT + text);
    }

    void line(String format, Object... args) {
        out.println(INDENT + String.format(format, args));
    }

    /** Shows {@code done} of {@code total}: a bar redrawn in place on a terminal, else only the last state. */
    void progress(String what, int done, int total) {
        int width = 20;
        int filled = total == 0 ? width : done * width / total;
        String bar = INDENT + "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total + " " + what;
        if (interactive) {
            out.print("\r" + bar);
            if (done == total) {
                out.println();
            }
        } else if (done == total) {
            out.println(bar);
        }
    }

    Table table(String... headers) {
        return new Table(headers);
    }

    /** Prints {@code totals} as a two-column table. */
    void totals(Map<String, ?> totals) {
        Table t = table("total", "value");
        totals.forEach((k, v) -> t.row(k, v));
        t.print();
    }

    static String time(Instant instant, ZoneId zone) {
        return HH_MM.format(instant.atZone(zone));
    }

    /** A table: rows are added, then printed once with every column as wide as its widest cell. */
    final class Table {
        private final String[] headers;
        private final List<Object[]> rows = new ArrayList<>();
        private Object[] total;

        private Table(String... headers) {
            this.headers = headers;
        }

        Table row(Object... cells) {
            if (cells.length != headers.length) {
                throw new IllegalArgumentException("a row of " + headers.length + " cells expected");
            }
            rows.add(cells);
            return this;
        }

        /** Sets the totals line, printed under a rule. */
        Table total(Object... cells) {
            if (cells.length != headers.length) {
                throw new IllegalArgumentException("a totals row of " + headers.length + " cells expected");
            }
            total = cells;
            return this;
        }

        int size() {
            return rows.size();
        }

        void print() {
            int[] width = new int[headers.length];
            boolean[] numeric = new boolean[headers.length];
            Arrays.fill(numeric, true);
            List<Object[]> all = new ArrayList<>(rows);
            if (total != null) {
                all.add(total);
            }
            for (int c = 0; c < headers.length; c++) {
                width[c] = headers[c].length();
                boolean any = false;
                for (Object[] row : all) {
                    String cell = String.valueOf(row[c]);
                    width[c] = Math.max(width[c], cell.length());
                    if (!cell.isEmpty()) {
                        any = true;
                        numeric[c] &= row[c] instanceof Number;
                    }
                }
                numeric[c] &= any;
            }
            out.println(INDENT + format(headers, width, numeric));
            String rule = INDENT + String.join("  ", Arrays.stream(width).mapToObj("-"::repeat).toList());
            out.println(rule);
            if (rows.isEmpty()) {
                out.println(INDENT + "(none)");
            }
            for (Object[] row : rows) {
                out.println(INDENT + format(row, width, numeric));
            }
            if (total != null) {
                out.println(rule);
                out.println(INDENT + format(total, width, numeric));
            }
        }

        private String format(Object[] cells, int[] width, boolean[] numeric) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cells.length; c++) {
                String cell = String.valueOf(cells[c]);
                String padded = numeric[c] ? " ".repeat(width[c] - cell.length()) + cell
                        : cell + " ".repeat(width[c] - cell.length());
                line.append(c == 0 ? "" : "  ").append(padded);
            }
            return line.toString().stripTrailing();
        }
    }
}
