/**
 * MedCoord's contract kits: abstract JUnit 5 test classes that every implementation of an SPI extends
 * to prove it keeps the contract. Main scope on purpose: vendors depend on this artifact in their
 * test scope and extend the kits. Sub-packages hold one kit per extension point.
 *
 * @since 0.1.0
 */
package org.medcoord.testkit;
