package dataport.compliance;

import dataport.audit.AuditService;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing rules table: everyone reads it; compliance staff change rows, each change audited, after a dry run
 * that re-routes past orders (on the facts they were routed on) and lists those that would come out differently.
 */
@Service
public class RulesService {

    /** How many of the most recent routed orders a dry run re-routes. */
    static final int DRY_RUN_ORDERS = 2000;

    private final RoutingRuleRows rules;
    private final RoutedOrders routed;
    private final AuditService audit;

    RulesService(RoutingRuleRows rules, RoutedOrders routed, AuditService audit) {
        this.rules = rules;
        this.routed = routed;
        this.audit = audit;
    }

    /** The table in evaluation order (position, then code). Public: anyone may read the rules. */
    @Transactional(readOnly = true)
    public List<RuleRow> rules() {
        return rules.findAllByOrderByPositionAscCodeAsc().stream()
                .map(RoutingRule::toRow)
                .toList();
    }

    /** Translation keys of what is wrong with an edited row, by field. */
    public List<ListingDeclaration.Problem> problems(RuleRow edited) {
        return RuleEdits.problems(edited);
    }

    /** The past orders the edited row (replacing the row with its code) would route differently, newest first. */
    @RolesAllowed("COMPLIANCE")
    @Transactional(readOnly = true)
    public List<RerouteChange> dryRun(RuleRow edited) {
        List<RuleRow> table = new ArrayList<>(
                rules().stream().filter(r -> !r.code().equals(edited.code())).toList());
        table.add(edited);
        List<RerouteChange> changes = new ArrayList<>();
        for (RoutedOrder r : routed.findRecent(PageRequest.of(0, DRY_RUN_ORDERS))) {
            LocalDate day = LocalDate.ofInstant(r.getRoutedAt(), AuditService.ZONE);
            RoutingDecision now = RoutingRules.decide(table, r.facts(day));
            if (now.outcome() != r.getOutcome() || !now.ruleCode().equals(r.getRuleCode())) {
                changes.add(new RerouteChange(
                        r.getOrderId(),
                        r.getRoutedAt(),
                        r.getCountry(),
                        r.getOutcome(),
                        r.getRuleCode(),
                        now.outcome(),
                        now.ruleCode()));
            }
        }
        return changes;
    }

    /**
     * Stores the edited row (its id and the version it was read at). Refused when it has problems or someone changed
     * the row since it was read.
     */
    @RolesAllowed("COMPLIANCE")
    @Transactional
    public void save(RuleRow edited) {
        if (!problems(edited).isEmpty()) {
            throw new IllegalArgumentException("Invalid rule: " + problems(edited));
        }
        Optional<RoutingRule> stored = edited.id() == null ? Optional.empty() : rules.findById(edited.id());
        if (stored.isPresent()) {
            RoutingRule rule = stored.get();
            if (rule.getVersion() != edited.version()) {
                throw new ObjectOptimisticLockingFailureException(RoutingRule.class, edited.id());
            }
            String before = rule.toRow().toString();
            rule.revise(edited);
            audit.record("routing-rule.changed", "routing-rule", rule.getCode(), before, edited.toString());
        } else {
            RoutingRule rule = rules.save(new RoutingRule(edited));
            audit.record("routing-rule.added", "routing-rule", rule.getCode(), null, edited.toString());
        }
    }
}
