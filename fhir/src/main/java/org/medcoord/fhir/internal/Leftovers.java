package org.medcoord.fhir.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Property;
import org.medcoord.fhir.FhirSystems;
import org.medcoord.fhir.MappingIssue;

/**
 * Finds what an import leaves out: every primitive value of the incoming resource that the resource MedCoord
 * would write for the mapped value does not hold (compared by path without indices, and value). The resource's
 * id, meta and narrative are not content; references to the patient are rewritten; MedCoord's own extensions
 * are regenerated.
 */
final class Leftovers {

    private static final Set<String> SKIPPED = Set.of("id", "meta", "text", "subject", "patient", "fullUrl");

    private Leftovers() {
    }

    static List<MappingIssue> report(String resource, Base incoming, Base rewritten) {
        Set<String> kept = new HashSet<>();
        leaves(rewritten, rewritten.fhirType(), kept, false);
        Set<String> seen = new LinkedHashSet<>();
        leaves(incoming, incoming.fhirType(), seen, true);
        Set<String> paths = new LinkedHashSet<>();
        for (String leaf : seen) {
            if (!kept.contains(leaf)) {
                paths.add(leaf.substring(0, leaf.indexOf('=')));
            }
        }
        List<MappingIssue> out = new ArrayList<>();
        for (String path : paths) {
            out.add(Fhir.warning(resource, path, "MC-FHIR-014", "left out: MedCoord's record has no place for this element, or keeps its own value"));
        }
        return out;
    }

    private static void leaves(Base node, String path, Set<String> out, boolean skipOwnExtensions) {
        if (node.isPrimitive()) {
            out.add(path + "=" + node.primitiveValue());
        }
        for (Property p : node.children()) {
            if (SKIPPED.contains(p.getName()) && path.indexOf('.') < 0) {
                continue;
            }
            for (Base child : p.getValues()) {
                if (child == null) {
                    continue;
                }
                if (skipOwnExtensions && child instanceof org.hl7.fhir.r4.model.Extension e && e.getUrl() != null
                        && e.getUrl().startsWith(FhirSystems.EXTENSION_PREFIX)) {
                    continue;
                }
                leaves(child, path + "." + p.getName(), out, skipOwnExtensions);
            }
        }
    }
}
