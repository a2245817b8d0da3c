package org.medcoord.coordination.internal;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.medcoord.coordination.BillingCode;
import org.medcoord.coordination.CatalogDefinition;
import org.medcoord.coordination.CoordinationCodes;
import org.medcoord.coordination.FollowUpPlan;
import org.medcoord.coordination.Procedure;
import org.medcoord.coordination.ProcedureCatalog;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.Violation;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.code.CodeFormat;
import org.medcoord.core.code.CodeFormats;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.inventory.CatalogService;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemKind;
import org.medcoord.scheduling.ServiceCatalog;
import org.medcoord.scheduling.ServiceTypeId;

/** The procedure catalog, validated against the domains' public services. */
final class DefaultProcedureCatalog implements ProcedureCatalog {

    private static final Duration MAX_DELAY = Duration.ofDays(365);

    private final DataStore data;
    private final ServiceCatalog services;
    private final CatalogService inventory;

    DefaultProcedureCatalog(DataStore data, ServiceCatalog services, CatalogService inventory) {
        this.data = data;
        this.services = services;
        this.inventory = inventory;
    }

    @Override
    public CatalogDefinition load(AccessContext context, CatalogDefinition catalog) {
        Violations v = new Violations();
        if (catalog == null) {
            v.add("catalog", CoordinationCodes.UNKNOWN_SERVICE_TYPE, "a catalog is required").throwIfAny();
        }
        Set<ServiceTypeId> seen = new HashSet<>();
        for (int i = 0; i < catalog.procedures().size(); i++) {
            String at = "procedures[" + i + "]";
            Procedure p = catalog.procedures().get(i);
            if (p == null) {
                v.add(at, CoordinationCodes.UNKNOWN_SERVICE_TYPE, "a procedure is required");
                continue;
            }
            if (p.serviceType() == null) {
                v.add(at + ".serviceType", CoordinationCodes.UNKNOWN_SERVICE_TYPE, "a service type is required");
            } else {
                v.addIf(!seen.add(p.serviceType()), at + ".serviceType", CoordinationCodes.DUPLICATE_PROCEDURE,
                        "service type " + p.serviceType() + " appears twice; give each service type one procedure");
                v.addIf(!exists(() -> services.get(context, p.serviceType())), at + ".serviceType", CoordinationCodes.UNKNOWN_SERVICE_TYPE,
                        "scheduling knows no service type " + p.serviceType() + "; define it first");
            }
            checkCodes(v, at, p.codes());
            p.kit().ifPresent(kit -> v.addIf(!exists(() -> inventory.kit(context, kit)), at + ".kit", CoordinationCodes.UNKNOWN_KIT,
                    "inventory knows no kit " + kit + "; define it first"));
            if (p.kit().isPresent() && p.kitLocation().isEmpty()) {
                v.add(at + ".kitLocation", CoordinationCodes.UNKNOWN_LOCATION, "a procedure with a kit names the stock location it is taken from");
            }
            p.kitLocation().ifPresent(location -> v.addIf(!exists(() -> inventory.location(context, location)), at + ".kitLocation",
                    CoordinationCodes.UNKNOWN_LOCATION, "inventory knows no location " + location));
            p.equipmentType().ifPresent(type -> {
                Optional<Item> item = find(() -> inventory.item(context, type));
                v.addIf(item.isEmpty() || item.get().kind() != ItemKind.EQUIPMENT_TYPE, at + ".equipmentType",
                        CoordinationCodes.UNKNOWN_EQUIPMENT_TYPE, "inventory knows no equipment type " + type);
            });
            p.followUp().ifPresent(plan -> checkPlan(v, context, at + ".followUp", plan));
        }
        catalog.afterDischarge().ifPresent(plan -> checkPlan(v, context, "afterDischarge", plan));
        catalog.charges().ifPresent(setup -> {
            formatted(v, CodeFormats.NPI, "charges.billingNpi", setup.billingNpi());
            formatted(v, CodeFormats.NPI, "charges.defaultRenderingNpi", setup.defaultRenderingNpi());
            formatted(v, CodeFormats.PLACE_OF_SERVICE, "charges.placeOfService", setup.placeOfService());
            for (int i = 0; i < setup.practitioners().size(); i++) {
                formatted(v, CodeFormats.NPI, "charges.practitioners[" + i + "].npi", setup.practitioners().get(i).npi());
            }
        });
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            s.authorize(Action.UPDATE, DataCategory.SCHEDULING, Optional.empty(), "coordination.catalog.load", "coordination.procedure-catalog");
            Optional<Versioned<CatalogDefinition>> current = s.find(Documents.CATALOG, Documents.CATALOG_ID);
            if (current.isPresent()) {
                s.update(Documents.CATALOG, Documents.CATALOG_ID, current.get().version(), catalog);
            } else {
                s.insert(Documents.CATALOG, Documents.CATALOG_ID, catalog);
            }
            return catalog;
        });
    }

    private static void checkCodes(Violations v, String at, List<BillingCode> codes) {
        for (int j = 0; j < codes.size(); j++) {
            String field = at + ".codes[" + j + "]";
            BillingCode code = codes.get(j);
            if (code == null) {
                v.add(field, CoordinationCodes.BILLING_CODE, "a billing code is required");
                continue;
            }
            Optional<CodeFormat> format = CodeFormats.forSystem(code.code().system())
                    .filter(f -> f == CodeFormats.CPT || f == CodeFormats.HCPCS);
            if (format.isEmpty()) {
                v.add(field + ".system", CoordinationCodes.BILLING_CODE, "a procedure is billed with CPT (" + CodeSystems.CPT
                        + ") or HCPCS (" + CodeSystems.HCPCS + ") codes");
            } else {
                addAll(v, format.get().check(field + ".code", code.code().code()));
            }
            v.addIf(code.modifiers().size() > 4, field + ".modifiers", CoordinationCodes.BILLING_CODE, "at most four modifiers");
            for (int k = 0; k < code.modifiers().size(); k++) {
                addAll(v, CodeFormats.MODIFIER.check(field + ".modifiers[" + k + "]", code.modifiers().get(k)));
            }
            v.addIf(code.units() < 1 || code.units() > 999, field + ".units", CoordinationCodes.BILLING_CODE, "units are 1 to 999");
        }
    }

    private static void formatted(Violations v, CodeFormat format, String field, String code) {
        format.check(field, code).forEach(p -> v.add(p.field(), CoordinationCodes.CHARGE_SETUP, p.code() + ": " + p.message()));
    }

    private static void addAll(Violations v, List<Violation> problems) {
        // the coordination code first, the format's own code in the message, so callers branch on one code
        problems.forEach(p -> v.add(p.field(), CoordinationCodes.BILLING_CODE, p.code() + ": " + p.message()));
    }

    private void checkPlan(Violations v, AccessContext context, String at, FollowUpPlan plan) {
        if (plan.serviceType() == null) {
            v.add(at + ".serviceType", CoordinationCodes.FOLLOW_UP_PLAN, "a follow-up plan names the service type to book");
        } else {
            v.addIf(!exists(() -> services.get(context, plan.serviceType())), at + ".serviceType", CoordinationCodes.UNKNOWN_SERVICE_TYPE,
                    "scheduling knows no service type " + plan.serviceType() + "; define it first");
        }
        v.addIf(plan.after().isNegative() || plan.after().compareTo(MAX_DELAY) > 0, at + ".after", CoordinationCodes.FOLLOW_UP_PLAN,
                "a follow-up starts 0 to 365 days after");
        v.addIf(plan.window().compareTo(Duration.ofHours(1)) < 0 || plan.window().compareTo(MAX_DELAY) > 0, at + ".window",
                CoordinationCodes.FOLLOW_UP_PLAN, "a follow-up window is 1 hour to 365 days long");
    }

    private static boolean exists(Supplier<?> lookup) {
        return find(lookup).isPresent();
    }

    private static <T> Optional<T> find(Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public CatalogDefinition current(AccessContext context) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.SCHEDULING, Optional.empty(), "coordination.catalog.read", "coordination.procedure-catalog");
            return stored(s);
        });
    }

    static CatalogDefinition stored(DataSession s) {
        return s.find(Documents.CATALOG, Documents.CATALOG_ID).map(Versioned::value).orElse(CatalogDefinition.of());
    }

    @Override
    public Optional<Procedure> procedure(AccessContext context, ServiceTypeId serviceType) {
        return current(context).procedure(serviceType);
    }
}
