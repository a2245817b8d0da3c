package org.medcoord.billing.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * One segment as read: its tag, its position and its elements (each a list of repetitions, each a list
 * of components). Element positions are 1-based like the X12 element reference numbers (CLP01 is 1).
 */
final class Segment {

    private final String tag;
    private final long index;
    private final long offset;
    private final List<List<List<String>>> elements;

    Segment(String tag, long index, long offset, List<List<List<String>>> elements) {
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
    List<List<String>> repetitions(int e) {
        if (e < 1 || e > elements.size()) {
            return List.of();
        }
        return elements.get(e - 1);
    }

    /** @return a new segment whose element {@code e} has the given components (used to repair composites) */
    Segment withComponents(int e, List<String> components) {
        List<List<List<String>>> copy = new ArrayList<>(elements);
        List<List<String>> reps = new ArrayList<>(repetitions(e));
        if (reps.isEmpty()) {
            reps.add(components);
        } else {
            reps.set(0, components);
        }
        copy.set(e - 1, reps);
        return new Segment(tag, index, offset, copy);
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
        private final List<List<List<String>>> elements = new ArrayList<>();

        Builder(String tag, long index) {
            this.tag = tag;
            this.index = index;
        }

        void add(int element, int occurrence, int component, String text) {
            while (elements.size() < element) {
                elements.add(new ArrayList<>());
            }
            List<List<String>> reps = elements.get(element - 1);
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
