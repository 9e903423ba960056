package dataport.compliance;

import dataport.shared.Bilingual;
import java.util.Comparator;
import java.util.List;

/**
 * The pure evaluator of the routing rules: the rows effective on the facts' day, in position order, first match
 * wins. A valid filing for the matching row's mechanism turns NEEDS_REVIEW into ALLOWED until the filing expires.
 * With no matching row (a table without a catch-all) the line goes to review: nothing is allowed by omission.
 */
public final class RoutingRules {

    static final String NO_RULE = "NO_RULE";

    private RoutingRules() {}

    public static RoutingDecision decide(List<RuleRow> rows, RoutingFacts facts) {
        return rows.stream()
                .filter(r -> r.effectiveOn(facts.day()))
                .sorted(Comparator.comparingInt(RuleRow::position).thenComparing(RuleRow::code))
                .filter(r -> r.matches(facts))
                .findFirst()
                .map(r -> decision(r, facts))
                .orElseGet(() -> new RoutingDecision(
                        Outcome.NEEDS_REVIEW,
                        NO_RULE,
                        Mechanism.TO_BE_DETERMINED,
                        new Bilingual("No rule matched", "无匹配规则"),
                        new Bilingual(
                                "No rule covers this transfer: compliance staff review it.", "没有规则适用于本次出境，由合规人员审核。"),
                        null,
                        null));
    }

    private static RoutingDecision decision(RuleRow row, RoutingFacts facts) {
        if (row.outcome() == Outcome.NEEDS_REVIEW) {
            for (FilingType filing : row.mechanism().satisfiedBy()) {
                if (facts.hasValidFiling(filing)) {
                    return new RoutingDecision(
                            Outcome.ALLOWED,
                            row.code(),
                            row.mechanism(),
                            row.legalBasis(),
                            row.reason(),
                            filing,
                            facts.filingExpiresOn());
                }
            }
        }
        return new RoutingDecision(
                row.outcome(), row.code(), row.mechanism(), row.legalBasis(), row.reason(), null, null);
    }
}
