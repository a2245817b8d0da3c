package org.medcoord.example.demo;

/**
 * One step of the clinic day. Steps run in order on one thread; each moves the demo clock forward with
 * {@link Day#at}, calls MedCoord's public API and prints its section of the report. A step finds what an
 * earlier run created by stable keys, so running the demo again on the same data continues.
 */
interface Step {

    /** @return the section title */
    String title();

    /** Plays the step; any exception stops the day with a non-zero exit. */
    void run(Day day) throws Exception;
}
