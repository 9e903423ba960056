package dataport.compliance;

import java.util.ArrayList;
import java.util.List;

/** What makes an edited rule row unacceptable, as translation keys by field. */
final class RuleEdits {

    static final int TEXT_MAX = 1000;
    static final int BASIS_MAX = 500;

    private RuleEdits() {}

    static List<ListingDeclaration.Problem> problems(RuleRow r) {
        List<ListingDeclaration.Problem> p = new ArrayList<>();
        if (r.position() < 0) {
            p.add(new ListingDeclaration.Problem("position", "compliance.rules.error.position"));
        }
        text(p, "reasonEn", r.reason() == null ? null : r.reason().en(), TEXT_MAX);
        text(p, "reasonZh", r.reason() == null ? null : r.reason().zh(), TEXT_MAX);
        text(p, "legalBasisEn", r.legalBasis() == null ? null : r.legalBasis().en(), BASIS_MAX);
        text(p, "legalBasisZh", r.legalBasis() == null ? null : r.legalBasis().zh(), BASIS_MAX);
        if (r.outcome() == null) {
            p.add(new ListingDeclaration.Problem("outcome", "compliance.rules.error.required"));
        }
        if (r.mechanism() == null) {
            p.add(new ListingDeclaration.Problem("mechanism", "compliance.rules.error.required"));
        }
        if (r.effectiveFrom() == null) {
            p.add(new ListingDeclaration.Problem("effectiveFrom", "compliance.rules.error.required"));
        } else if (r.effectiveTo() != null && r.effectiveTo().isBefore(r.effectiveFrom())) {
            p.add(new ListingDeclaration.Problem("effectiveTo", "compliance.rules.error.dates"));
        }
        bounds(p, "maxAnnualPersonal", r.minAnnualPersonal(), r.maxAnnualPersonal());
        bounds(p, "maxAnnualSensitive", r.minAnnualSensitive(), r.maxAnnualSensitive());
        return p;
    }

    private static void text(List<ListingDeclaration.Problem> p, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            p.add(new ListingDeclaration.Problem(field, "compliance.rules.error.required"));
        } else if (value.strip().length() > max) {
            p.add(new ListingDeclaration.Problem(field, "compliance.rules.error.long"));
        }
    }

    private static void bounds(List<ListingDeclaration.Problem> p, String field, Long min, Long max) {
        if ((min != null && min < 0) || (max != null && max < 0) || (min != null && max != null && max <= min)) {
            p.add(new ListingDeclaration.Problem(field, "compliance.rules.error.bounds"));
        }
    }
}
