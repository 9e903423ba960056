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
    static final String DOCUMENT_TOO_LARGE = "onboarding.document.too-large";

    /** The longest text each field keeps (its column's size); a longer one is refused, never cut. */
    private static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(
            Map.entry(Fields.LEGAL_NAME_ZH, 200),
            Map.entry(Fields.LEGAL_NAME_EN, 200),
            Map.entry(Fields.REGISTRATION_NUMBER, 40),
            Map.entry(Fields.WEBSITE, 300),
            Map.entry(Fields.CONTACT_NAME, 120),
            Map.entry(Fields.CONTACT_EMAIL, 320),
            Map.entry(Fields.CONTACT_PHONE, 40),
            Map.entry(Fields.DESCRIPTION, 2000),
            Map.entry(Fields.COMMENT, MerchantApplication.MAX_COMMENT),
            Map.entry(Fields.REASON, MerchantApplication.MAX_REASON));

    private ApplicationRules() {}

    static Map<String, String> organisation(Organisation o, boolean complete) {
        Map<String, String> errors = new LinkedHashMap<>();
        length(errors, Fields.LEGAL_NAME_ZH, o.legalNameZh());
        length(errors, Fields.LEGAL_NAME_EN, o.legalNameEn());
        length(errors, Fields.REGISTRATION_NUMBER, o.registrationNumber());
        length(errors, Fields.WEBSITE, o.website());
        length(errors, Fields.CONTACT_NAME, o.contactName());
        length(errors, Fields.CONTACT_EMAIL, o.contactEmail());
        length(errors, Fields.CONTACT_PHONE, o.contactPhone());
        if (o.countryCode() != null && !COUNTRIES.contains(o.countryCode())) {
            errors.putIfAbsent(Fields.COUNTRY, "onboarding.error.country");
        }
        if (!complete) {
            return errors;
        }
        if (o.origin() == null) {
            // Whatever the origin turns out to be, these are needed: say so on each of them, not only on the origin.
            errors.putIfAbsent(Fields.ORIGIN, REQUIRED);
            required(errors, Fields.COUNTRY, o.countryCode());
            required(errors, Fields.REGISTRATION_NUMBER, o.registrationNumber());
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
        length(errors, Fields.DESCRIPTION, a.description());
        for (String code : a.destinationCountries()) {
            if (!COUNTRIES.contains(code)) {
                errors.putIfAbsent(Fields.DESTINATIONS, "onboarding.error.country");
            }
        }
        if (!complete) {
            return errors;
        }
        if (a.dataSubjects() != null && a.dataSubjects() < 1) {
            errors.put(Fields.DATA_SUBJECTS, "onboarding.error.data-subjects");
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

    /** A staff comment on one field, before it joins a change request. */
    static Map<String, String> comment(String comment) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(comment)) {
            errors.put(Fields.COMMENT, "onboarding.review.comment-needed");
        }
        length(errors, Fields.COMMENT, comment == null ? null : comment.strip());
        return errors;
    }

    static Map<String, String> reason(String reason) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(reason)) {
            errors.put(Fields.REASON, "onboarding.review.reason-needed");
        }
        length(errors, Fields.REASON, reason == null ? null : reason.strip());
        return errors;
    }

    /** What a field's message names: the limit a text broke, or the largest file accepted. */
    static Object[] arguments(String field, String key) {
        if (TOO_LONG.equals(key)) {
            return new Object[] {MAX_LENGTH.get(field)};
        }
        if (DOCUMENT_TOO_LARGE.equals(key)) {
            return new Object[] {FileTypes.MAX_SIZE / (1024 * 1024)};
        }
        return new Object[0];
    }

    private static void length(Map<String, String> errors, String field, String value) {
        if (value != null && value.length() > MAX_LENGTH.get(field)) {
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
