package dataport.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A recipient compliance staff put on the blocked list: who it is, how a buyer is recognised as it (an e-mail address,
 * an e-mail domain, or, with neither, every buyer whose data goes to its country), why, and on which legal basis.
 * Blank texts count as not given.
 */
public record NewBlockedRecipient(
        String name,
        String country,
        String email,
        String emailDomain,
        String registrationNumber,
        String reason,
        String legalBasis) {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 190;
    public static final int REGISTRATION_MAX = 100;
    public static final int REASON_MAX = 500;
    public static final int LEGAL_BASIS_MAX = 500;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9-]+\\.)+[a-z0-9-]{2,}");

    public NewBlockedRecipient {
        name = clean(name);
        country = clean(country);
        email = clean(email) == null ? null : clean(email).toLowerCase(Locale.ROOT);
        emailDomain = normalisedDomain(emailDomain);
        registrationNumber = clean(registrationNumber);
        reason = clean(reason);
        legalBasis = clean(legalBasis);
    }

    /** Translation keys of what is wrong, by field; empty when the entry may be stored. */
    public List<ListingDeclaration.Problem> problems() {
        List<ListingDeclaration.Problem> problems = new ArrayList<>();
        required(problems, "name", name, NAME_MAX);
        required(problems, "reason", reason, REASON_MAX);
        required(problems, "legalBasis", legalBasis, LEGAL_BASIS_MAX);
        longer(problems, "registrationNumber", registrationNumber, REGISTRATION_MAX);
        if (email != null
                && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            problems.add(new ListingDeclaration.Problem("email", "compliance.blocked.error.email"));
        }
        if (emailDomain != null
                && (emailDomain.length() > EMAIL_MAX
                        || !DOMAIN.matcher(emailDomain).matches())) {
            problems.add(new ListingDeclaration.Problem("emailDomain", "compliance.blocked.error.domain"));
        }
        if (country != null && !List.of(Locale.getISOCountries()).contains(country)) {
            problems.add(new ListingDeclaration.Problem("country", "compliance.blocked.error.country"));
        } else if (country != null && !dataport.shared.ExportGate.isExport(country)) {
            problems.add(new ListingDeclaration.Problem("country", "compliance.blocked.error.mainland"));
        }
        if (email == null && emailDomain == null && country == null) {
            problems.add(new ListingDeclaration.Problem("email", "compliance.blocked.error.no-identifier"));
        }
        return problems;
    }

    private static void required(List<ListingDeclaration.Problem> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(new ListingDeclaration.Problem(field, "compliance.blocked.error.required"));
        } else {
            longer(problems, field, value, max);
        }
    }

    private static void longer(List<ListingDeclaration.Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new ListingDeclaration.Problem(field, "compliance.blocked.error.too-long"));
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** "@Example.COM" and "example.com" are the same domain. */
    private static String normalisedDomain(String domain) {
        String d = clean(domain);
        if (d == null) {
            return null;
        }
        d = d.toLowerCase(Locale.ROOT);
        return d.startsWith("@") ? clean(d.substring(1)) : d;
    }
}
