package dataport.onboarding;

import java.util.List;

/**
 * Names of the application's fields, shared by validation messages, reviewer comments and the views. Each has a
 * label {@code onboarding.field.<name>}.
 */
public final class Fields {

    public static final String ORIGIN = "origin";
    public static final String COUNTRY = "country";
    public static final String LEGAL_NAME_ZH = "legalNameZh";
    public static final String LEGAL_NAME_EN = "legalNameEn";
    public static final String REGISTRATION_NUMBER = "registrationNumber";
    public static final String WEBSITE = "website";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String DOCUMENTS = "documents";
    public static final String CATEGORIES = "categories";
    public static final String CLASSIFICATION = "classification";
    public static final String PERSONAL_INFORMATION = "personalInformation";
    public static final String DATA_SUBJECTS = "dataSubjects";
    public static final String SENSITIVE_PI = "sensitivePi";
    public static final String CROSS_BORDER = "crossBorder";
    public static final String DESTINATIONS = "destinations";
    public static final String DESCRIPTION = "description";
    public static final String TERMS = "terms";
    /** Not the application's own: a reviewer's comment on a field, and the reason of a rejection. */
    public static final String COMMENT = "comment";

    public static final String REASON = "reason";

    /** Fields a reviewer may comment on, in the order of the wizard. */
    public static final List<String> ALL = List.of(
            ORIGIN,
            COUNTRY,
            LEGAL_NAME_ZH,
            LEGAL_NAME_EN,
            REGISTRATION_NUMBER,
            WEBSITE,
            CONTACT_NAME,
            CONTACT_EMAIL,
            CONTACT_PHONE,
            DOCUMENTS,
            CATEGORIES,
            CLASSIFICATION,
            PERSONAL_INFORMATION,
            DATA_SUBJECTS,
            SENSITIVE_PI,
            CROSS_BORDER,
            DESTINATIONS,
            DESCRIPTION);

    private Fields() {}
}
