package dataport.onboarding;

import dataport.merchants.Origin;
import java.util.Set;

/** Step (a) of the wizard: who the merchant is. Fields may be null in a draft. */
public record Organisation(
        Origin origin,
        String countryCode,
        String legalNameZh,
        String legalNameEn,
        String registrationNumber,
        String website,
        String contactName,
        String contactEmail,
        String contactPhone) {

    public static Organisation empty() {
        return new Organisation(null, null, null, null, null, null, null, null, null);
    }

    /** These answers, except the named fields, which keep their value from {@code earlier}. */
    Organisation keeping(Organisation earlier, Set<String> fields) {
        return new Organisation(
                fields.contains(Fields.ORIGIN) ? earlier.origin : origin,
                fields.contains(Fields.COUNTRY) ? earlier.countryCode : countryCode,
                fields.contains(Fields.LEGAL_NAME_ZH) ? earlier.legalNameZh : legalNameZh,
                fields.contains(Fields.LEGAL_NAME_EN) ? earlier.legalNameEn : legalNameEn,
                fields.contains(Fields.REGISTRATION_NUMBER) ? earlier.registrationNumber : registrationNumber,
                fields.contains(Fields.WEBSITE) ? earlier.website : website,
                fields.contains(Fields.CONTACT_NAME) ? earlier.contactName : contactName,
                fields.contains(Fields.CONTACT_EMAIL) ? earlier.contactEmail : contactEmail,
                fields.contains(Fields.CONTACT_PHONE) ? earlier.contactPhone : contactPhone);
    }
}
