package dataport.compliance;

import dataport.shared.Bilingual;
import java.time.LocalDate;

/**
 * What the rules decided for one line: the matching row's outcome, mechanism, legal basis and reason.
 *
 * @param coveredBy the listing's filing that turned the row's review into ALLOWED (null if none did)
 * @param coveredUntil the last day that filing is valid
 */
public record RoutingDecision(
        Outcome outcome,
        String ruleCode,
        Mechanism mechanism,
        Bilingual legalBasis,
        Bilingual reason,
        FilingType coveredBy,
        LocalDate coveredUntil) {}
