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

    /** These answers, except the named fields, which keep their value from {@code earlier}. */
    SelfAssessment keeping(SelfAssessment earlier, Set<String> fields) {
        return new SelfAssessment(
                fields.contains(Fields.CATEGORIES) ? earlier.categories : categories,
                fields.contains(Fields.CLASSIFICATION) ? earlier.classification : classification,
                fields.contains(Fields.PERSONAL_INFORMATION) ? earlier.personalInformation : personalInformation,
                fields.contains(Fields.DATA_SUBJECTS) ? earlier.dataSubjects : dataSubjects,
                fields.contains(Fields.SENSITIVE_PI)
                        ? earlier.sensitivePersonalInformation
                        : sensitivePersonalInformation,
                fields.contains(Fields.CROSS_BORDER) ? earlier.crossBorder : crossBorder,
                fields.contains(Fields.DESTINATIONS) ? earlier.destinationCountries : destinationCountries,
                fields.contains(Fields.DESCRIPTION) ? earlier.description : description);
    }
}
