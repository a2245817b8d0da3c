/**
 * Classes that break the architecture rules on purpose, so that {@code ArchitectureTest} can prove each
 * rule fails on a violation. Test sources only; the rules' run over the real code imports main classes
 * only, so these never reach it.
 */
package org.medcoord.core.archfixture;
