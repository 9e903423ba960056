package dataport.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * A listing's cross-border facts as its merchant declares them; null means "not declared". The same value is read
 * by the editor, stored, and fed to the rules.
 */
public record ListingDeclaration(
        PersonalInformation personalInfo,
        Long individuals,
        Boolean collectedAbroad,
        Boolean onNegativeList,
        FilingType filingType,
        String filingReference,
        java.time.LocalDate filingExpiresOn) {

    public static final int REFERENCE_MAX = 120;

    public static ListingDeclaration empty() {
        return new ListingDeclaration(null, null, null, null, null, null, null);
    }

    /** Translation keys of what is wrong, by field name; empty when the declaration may be stored. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (personalInfo != null && personalInfo != PersonalInformation.NONE && individuals == null) {
            problems.add(new Problem("individuals", "compliance.facts.error.individuals-required"));
        }
        if (individuals != null && individuals < 0) {
            problems.add(new Problem("individuals", "compliance.facts.error.individuals-negative"));
        }
        if (filingType != null) {
            if (filingReference == null || filingReference.isBlank()) {
                problems.add(new Problem("filingReference", "compliance.facts.error.reference-required"));
            } else if (filingReference.strip().length() > REFERENCE_MAX) {
                problems.add(new Problem("filingReference", "compliance.facts.error.reference-long"));
            }
            if (filingExpiresOn == null) {
                problems.add(new Problem("filingExpiresOn", "compliance.facts.error.expiry-required"));
            }
        }
        return problems;
    }

    /** One broken rule of a form: the field and the translation key of its message. */
    public record Problem(String field, String messageKey) {}
}
