package dataport.onboarding;

import dataport.merchants.Origin;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a complete application needs, step by step. Messages are translation keys; the keys of the map are
 * {@link Fields}. A draft is only checked for what the database could not store ({@code complete = false}).
 */
final class ApplicationRules {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern FOREIGN_REGISTRATION = Pattern.compile("[A-Za-z0-9\\- /]{4,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{4,24}");

    static final String REQUIRED = "onboarding.error.required";
    static final String TOO_LONG = "onboarding.error.too-long";

    private ApplicationRules() {}

    static Map<String, String> organisation(Organisation o, boolean complete) {
        Map<String, String> errors = new LinkedHashMap<>();
        length(errors, Fields.LEGAL_NAME_ZH, o.legalNameZh(), 200);
        length(errors, Fields.LEGAL_NAME_EN, o.legalNameEn(), 200);
        length(errors, Fields.REGISTRATION_NUMBER, o.registrationNumber(), 40);
        length(errors, Fields.WEBSITE, o.website(), 300);
        length(errors, Fields.CONTACT_NAME, o.contactName(), 120);
        length(errors, Fields.CONTACT_EMAIL, o.contactEmail(), 320);
        length(errors, Fields.CONTACT_PHONE, o.contactPhone(), 40);
        if (o.countryCode() != null && !COUNTRIES.contains(o.countryCode())) {
            errors.putIfAbsent(Fields.COUNTRY, "onboarding.error.country");
        }
        if (!complete) {
            return errors;
        }
        if (o.origin() == null) {
            errors.putIfAbsent(Fields.ORIGIN, REQUIRED);
        }
        if (o.origin() == Origin.FOREIGN) {
            if (blank(o.countryCode())) {
                errors.putIfAbsent(Fields.COUNTRY, REQUIRED);
            } else if ("CN".equals(o.countryCode())) {
                errors.putIfAbsent(Fields.COUNTRY, "onboarding.error.foreign-in-china");
            }
            required(errors, Fields.LEGAL_NAME_EN, o.legalNameEn());
            if (blank(o.registrationNumber())) {
                errors.putIfAbsent(Fields.REGISTRATION_NUMBER, REQUIRED);
            } else if (!FOREIGN_REGISTRATION.matcher(o.registrationNumber()).matches()) {
                errors.putIfAbsent(Fields.REGISTRATION_NUMBER, "onboarding.error.registration-foreign");
            }
        } else if (o.origin() == Origin.DOMESTIC) {
            required(errors, Fields.LEGAL_NAME_ZH, o.legalNameZh());
            if (blank(o.registrationNumber())) {
                errors.putIfAbsent(Fields.REGISTRATION_NUMBER, REQUIRED);
            } else if (!UnifiedSocialCreditCode.isValid(o.registrationNumber())) {
                errors.putIfAbsent(Fields.REGISTRATION_NUMBER, "onboarding.error.uscc");
            }
        }
        if (!blank(o.website()) && !httpsUrl(o.website())) {
            errors.putIfAbsent(Fields.WEBSITE, "onboarding.error.website");
        }
        required(errors, Fields.CONTACT_NAME, o.contactName());
        if (blank(o.contactEmail())) {
            errors.putIfAbsent(Fields.CONTACT_EMAIL, REQUIRED);
        } else if (!EMAIL.matcher(o.contactEmail()).matches()) {
            errors.putIfAbsent(Fields.CONTACT_EMAIL, "onboarding.error.email");
        }
        if (blank(o.contactPhone())) {
            errors.putIfAbsent(Fields.CONTACT_PHONE, REQUIRED);
        } else if (!PHONE.matcher(o.contactPhone()).matches()) {
            errors.putIfAbsent(Fields.CONTACT_PHONE, "onboarding.error.phone");
        }
        return errors;
    }

    static Map<String, String> documents(Origin origin, List<DocumentInfo> documents) {
        Map<String, String> errors = new LinkedHashMap<>();
        DocumentKind required = DocumentKind.requiredFor(origin == null ? Origin.FOREIGN : origin);
        if (documents.stream().noneMatch(d -> d.kind() == required)) {
            errors.put(
                    Fields.DOCUMENTS,
                    required == DocumentKind.BUSINESS_LICENCE
                            ? "onboarding.error.licence-required"
                            : "onboarding.error.incorporation-required");
        }
        return errors;
    }

    static Map<String, String> assessment(SelfAssessment a, boolean complete) {
        Map<String, String> errors = new LinkedHashMap<>();
        length(errors, Fields.DESCRIPTION, a.description(), 2000);
        if (a.dataSubjects() != null && a.dataSubjects() < 1) {
            errors.put(Fields.DATA_SUBJECTS, "onboarding.error.data-subjects");
        }
        for (String code : a.destinationCountries()) {
            if (!COUNTRIES.contains(code)) {
                errors.putIfAbsent(Fields.DESTINATIONS, "onboarding.error.country");
            }
        }
        if (!complete) {
            return errors;
        }
        if (a.categories().isEmpty()) {
            errors.putIfAbsent(Fields.CATEGORIES, "onboarding.error.categories");
        }
        if (a.classification() == null) {
            errors.putIfAbsent(Fields.CLASSIFICATION, REQUIRED);
        }
        if (a.personalInformation() == null) {
            errors.putIfAbsent(Fields.PERSONAL_INFORMATION, REQUIRED);
        } else if (a.personalInformation()) {
            if (a.dataSubjects() == null) {
                errors.putIfAbsent(Fields.DATA_SUBJECTS, REQUIRED);
            }
            if (a.sensitivePersonalInformation() == null) {
                errors.putIfAbsent(Fields.SENSITIVE_PI, REQUIRED);
            }
        }
        if (a.crossBorder() == null) {
            errors.putIfAbsent(Fields.CROSS_BORDER, REQUIRED);
        } else if (a.crossBorder() != CrossBorderFlow.NONE
                && a.destinationCountries().isEmpty()) {
            errors.putIfAbsent(Fields.DESTINATIONS, "onboarding.error.destinations");
        }
        required(errors, Fields.DESCRIPTION, a.description());
        return errors;
    }

    static Map<String, String> terms(boolean accepted) {
        return accepted ? Map.of() : Map.of(Fields.TERMS, "onboarding.error.terms");
    }

    private static void required(Map<String, String> errors, String field, String value) {
        if (blank(value)) {
            errors.putIfAbsent(field, REQUIRED);
        }
    }

    private static void length(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.putIfAbsent(field, TOO_LONG);
        }
    }

    private static boolean httpsUrl(String value) {
        try {
            URI uri = new URI(value.strip());
            return "https".equalsIgnoreCase(uri.getScheme())
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (Exception e) {
            return false;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
