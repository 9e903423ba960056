package dataport.compliance;

import java.util.Set;

/** The legal procedure a transfer needs; {@link #STANDARD_CONTRACT} stands for "standard contract or certification". */
public enum Mechanism {
    NONE,
    SECURITY_ASSESSMENT,
    STANDARD_CONTRACT,
    CERTIFICATION,
    NEGATIVE_LIST_PROCEDURE,
    TO_BE_DETERMINED;

    /** The filings that satisfy this mechanism (a valid one turns review into ALLOWED until it expires). */
    Set<FilingType> satisfiedBy() {
        return switch (this) {
            case SECURITY_ASSESSMENT -> Set.of(FilingType.SECURITY_ASSESSMENT);
            case STANDARD_CONTRACT, CERTIFICATION -> Set.of(FilingType.STANDARD_CONTRACT, FilingType.CERTIFICATION);
            default -> Set.of();
        };
    }
}
