package dataport.onboarding;

import java.util.Set;

/** Step (c) of the wizard: the data-compliance self-assessment. Fields may be null in a draft. */
public record SelfAssessment(
        Set<DataCategory> categories,
        Classification classification,
        Boolean personalInformation,
        Long dataSubjects,
        Boolean sensitivePersonalInformation,
        CrossBorderFlow crossBorder,
        Set<String> destinationCountries,
        String description) {

    public SelfAssessment {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        destinationCountries = destinationCountries == null ? Set.of() : Set.copyOf(destinationCountries);
    }

    public static SelfAssessment empty() {
        return new SelfAssessment(Set.of(), null, null, null, null, null, Set.of(), null);
    }
}
