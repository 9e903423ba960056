package dataport.catalog;

import dataport.shared.SiteUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A licence policy as an ODRL 2.2 {@code Offer} in JSON-LD (context {@code http://www.w3.org/ns/odrl.jsonld}): the
 * merchant is the assigner, the listing the target. The terms become rules:
 *
 * <ul>
 *   <li>permission {@code use}, constrained by {@code purpose} ({@code eq "internal"}, or {@code isAnyOf
 *       ["internal", "commercial"]} for commercial use), and for every permission: {@code spatial} ({@code eq} or
 *       {@code isAnyOf} ISO 3166 alpha-2 codes) unless worldwide, {@code elapsedTime} ({@code lteq} an {@code
 *       xsd:duration} such as {@code P12M}, counted from purchase) unless perpetual, {@code count} ({@code lteq} the
 *       number of users, {@code unitOfCount "users"}) when limited;
 *   <li>{@code derive}: a permission or a prohibition;
 *   <li>onward transfer: prohibitions {@code distribute}, {@code sell} and {@code give}, or else a permission {@code
 *       distribute};
 *   <li>attribution: a duty {@code attribute} (with the merchant as {@code attributedParty}) on every permission.
 * </ul>
 *
 * The merchant's additions are the policy's {@code dct:description} in English and Chinese ({@code zh-Hans}).
 */
public final class OdrlDocument {

    public static final String CONTEXT = "http://www.w3.org/ns/odrl.jsonld";

    private OdrlDocument() {}

    public static Map<String, Object> of(LicencePolicy policy, SiteUrl site) {
        LicenceTerms t = policy.terms();
        String assigner = site.of("merchants/" + policy.merchantSlug());
        String target = site.of("listings/" + policy.listingId());

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("@type", "Offer");
        doc.put("uid", site.of(policy.path()));
        doc.put("assigner", assigner);
        doc.put("target", target);
        List<Map<String, Object>> descriptions = new ArrayList<>();
        if (policy.additions().en() != null) {
            descriptions.add(
                    Map.of("@language", "en", "@value", policy.additions().en()));
        }
        if (policy.additions().zh() != null) {
            descriptions.add(
                    Map.of("@language", "zh-Hans", "@value", policy.additions().zh()));
        }
        if (!descriptions.isEmpty()) {
            doc.put("dct:description", descriptions);
        }
        doc.put("dct:issued", Map.of("@value", policy.createdAt().toString(), "@type", "xsd:dateTime"));

        List<Map<String, Object>> permissions = new ArrayList<>();
        List<Map<String, Object>> prohibitions = new ArrayList<>();
        List<Map<String, Object>> use = common(t);
        use.addFirst(
                t.use() == LicenceUse.INTERNAL
                        ? constraint("purpose", "eq", "internal")
                        : constraint("purpose", "isAnyOf", List.of("internal", "commercial")));
        permissions.add(permission("use", use, t, assigner));
        if (t.derivatives()) {
            permissions.add(permission("derive", common(t), t, assigner));
        } else {
            prohibitions.add(rule("derive"));
        }
        if (t.noOnwardTransfer()) {
            prohibitions.add(rule("distribute"));
            prohibitions.add(rule("sell"));
            prohibitions.add(rule("give"));
        } else {
            permissions.add(permission("distribute", common(t), t, assigner));
        }
        doc.put("permission", permissions);
        doc.put("prohibition", prohibitions);
        return doc;
    }

    /** The constraints every permission carries: where, how long, how many users. */
    private static List<Map<String, Object>> common(LicenceTerms t) {
        List<Map<String, Object>> constraints = new ArrayList<>();
        if (t.territory().size() == 1) {
            constraints.add(constraint("spatial", "eq", t.territory().getFirst()));
        } else if (!t.territory().isEmpty()) {
            constraints.add(constraint("spatial", "isAnyOf", t.territory()));
        }
        if (t.termMonths() != null) {
            constraints.add(constraint(
                    "elapsedTime", "lteq", Map.of("@value", "P" + t.termMonths() + "M", "@type", "xsd:duration")));
        }
        if (t.maxUsers() != null) {
            Map<String, Object> users = constraint("count", "lteq", t.maxUsers());
            users.put("unitOfCount", "users");
            constraints.add(users);
        }
        return constraints;
    }

    private static Map<String, Object> permission(
            String action, List<Map<String, Object>> constraints, LicenceTerms t, String assigner) {
        Map<String, Object> rule = rule(action);
        if (!constraints.isEmpty()) {
            rule.put("constraint", constraints);
        }
        if (t.attribution()) {
            Map<String, Object> duty = rule("attribute");
            duty.put("attributedParty", assigner);
            rule.put("duty", List.of(duty));
        }
        return rule;
    }

    private static Map<String, Object> rule(String action) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("action", action);
        return rule;
    }

    private static Map<String, Object> constraint(String left, String operator, Object right) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("leftOperand", left);
        c.put("operator", operator);
        c.put("rightOperand", right);
        return c;
    }
}
