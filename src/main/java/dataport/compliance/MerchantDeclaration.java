package dataport.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * A merchant's cross-border facts as it declares them; null means "not declared".
 *
 * @param outsideYear the calendar year of the two "outside DataPort" counts (other years count as zero)
 */
public record MerchantDeclaration(
        Boolean ciiOperator,
        Boolean inFreeTradeZone,
        String sector,
        Integer outsideYear,
        long outsideNonSensitive,
        long outsideSensitive) {

    /** Sectors the zone's lists cover (codes; their names are translated as compliance.sector.CODE). */
    public static final List<String> SECTORS = dataport.shared.Sectors.CODES;

    public static MerchantDeclaration empty() {
        return new MerchantDeclaration(null, null, null, null, 0, 0);
    }

    public List<ListingDeclaration.Problem> problems() {
        List<ListingDeclaration.Problem> problems = new ArrayList<>();
        if (sector != null && !SECTORS.contains(sector)) {
            problems.add(new ListingDeclaration.Problem("sector", "compliance.facts.error.sector"));
        }
        if (outsideNonSensitive < 0) {
            problems.add(new ListingDeclaration.Problem(
                    "outsideNonSensitive", "compliance.facts.error.individuals-negative"));
        }
        if (outsideSensitive < 0) {
            problems.add(
                    new ListingDeclaration.Problem("outsideSensitive", "compliance.facts.error.individuals-negative"));
        }
        return problems;
    }

    /** The declared outside transfers that count in {@code year}. */
    long outsideNonSensitiveIn(int year) {
        return outsideYear != null && outsideYear == year ? outsideNonSensitive : 0;
    }

    long outsideSensitiveIn(int year) {
        return outsideYear != null && outsideYear == year ? outsideSensitive : 0;
    }
}
