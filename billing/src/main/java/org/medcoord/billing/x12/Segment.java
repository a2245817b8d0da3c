package org.medcoord.billing.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * One segment as read: its tag, its position and its elements (each a list of repetitions, each a list
 * of components). Element positions are 1-based like the X12 element reference numbers (CLP01 is 1).
 * A plain element (one occurrence, one component), by far the most common, is kept as its String; only
 * composites and repeated elements get lists.
 */
final class Segment {

    private final String tag;
    private final long index;
    private final long offset;
    /** Per element: null (absent), a String (plain) or a {@code List<List<String>>} (repetitions of components). */
    private final List<Object> elements;

    Segment(String tag, long index, long offset, List<Object> elements) {
        this.tag = tag;
        this.index = index;
        this.offset = offset;
        this.elements = elements;
    }

    String tag() {
        return tag;
    }

    long index() {
        return index;
    }

    long offset() {
        return offset;
    }

    /** @return the number of element positions present (the highest non-empty position may be lower) */
    int size() {
        return elements.size();
    }

    /** @return the first component of the first repetition of element {@code e}, or null when empty */
    String get(int e) {
        return get(e, 1);
    }

    /** @return component {@code c} (1-based) of the first repetition of element {@code e}, or null when empty */
    String get(int e, int c) {
        if (e >= 1 && e <= elements.size() && elements.get(e - 1) instanceof String plain) {
            return c == 1 && !plain.isEmpty() ? plain : null;
        }
        List<String> comps = components(e);
        if (c > comps.size()) {
            return null;
        }
        String v = comps.get(c - 1);
        return v == null || v.isEmpty() ? null : v;
    }

    /** @return the components of the first repetition of element {@code e}; empty when absent */
    List<String> components(int e) {
        List<List<String>> reps = repetitions(e);
        return reps.isEmpty() ? List.of() : reps.get(0);
    }

    /** @return every repetition of element {@code e}; empty when absent */
    @SuppressWarnings("unchecked")
    List<List<String>> repetitions(int e) {
        if (e < 1 || e > elements.size() || elements.get(e - 1) == null) {
            return List.of();
        }
        Object element = elements.get(e - 1);
        if (element instanceof String plain) {
            return List.of(List.of(plain));
        }
        return (List<List<String>>) element;
    }

    X12Exception error(String code, String message) {
        return new X12Exception(code, tag, index, offset, message, null);
    }

    ParseWarning warning(String code, String message) {
        return new ParseWarning(code, tag, index, offset, message);
    }

    /** Collects element data events into a segment. */
    static final class Builder {
        private final String tag;
        private final long index;
        private final List<Object> elements = new ArrayList<>();

        Builder(String tag, long index) {
            this.tag = tag;
            this.index = index;
        }

        @SuppressWarnings("unchecked")
        void add(int element, int occurrence, int component, String text) {
            while (elements.size() < element) {
                elements.add(null);
            }
            Object current = elements.get(element - 1);
            if (current == null && occurrence <= 1 && component <= 1) {
                elements.set(element - 1, text);
                return;
            }
            List<List<String>> reps;
            if (current instanceof List<?> list) {
                reps = (List<List<String>>) list;
            } else {
                reps = new ArrayList<>();
                if (current != null) {
                    List<String> first = new ArrayList<>();
                    first.add((String) current);
                    reps.add(first);
                }
                elements.set(element - 1, reps);
            }
            int rep = Math.max(occurrence, 1);
            while (reps.size() < rep) {
                reps.add(new ArrayList<>());
            }
            List<String> comps = reps.get(rep - 1);
            int comp = Math.max(component, 1);
            while (comps.size() < comp) {
                comps.add(null);
            }
            comps.set(comp - 1, text);
        }

        Segment build(long offset) {
            return new Segment(tag, index, offset, elements);
        }
    }
}
