package dataport.onboarding.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.CrossBorderFlow;
import dataport.onboarding.Fields;
import dataport.onboarding.Organisation;
import dataport.onboarding.SelfAssessment;
import dataport.shared.Languages;
import dataport.shared.ui.Countries;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Read-only rendering of an application, shared by the wizard's review step and the staff review page. */
final class ApplicationTexts {

    private ApplicationTexts() {}

    /** ISO 3166 codes sorted by their name in the reader's language. */
    static List<String> countryCodes(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Countries.name(code, locale), collator))
                .toList();
    }

    static void configureCountries(ComboBox<String> box, Locale locale) {
        box.setItems(countryCodes(locale));
        box.setItemLabelGenerator(code -> Countries.name(code, locale));
    }

    static String size(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%.1f KB", bytes / 1024.0);
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024));
    }

    static void notify(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The application's data as labelled rows; each row carries {@code data-field} for tests and comments. */
    static Div summary(ApplicationDetails a, Translator t, Locale locale) {
        Organisation o = a.organisation();
        SelfAssessment s = a.assessment();
        Div rows = new Div();
        rows.addClassName("dp-application-summary");
        rows.add(new H3(t.apply("onboarding.step.ORGANISATION")));
        row(rows, t, Fields.ORIGIN, named(t, "onboarding.origin.", o.origin()));
        row(rows, t, Fields.COUNTRY, Countries.name(o.countryCode(), locale));
        row(rows, t, Fields.LEGAL_NAME_ZH, o.legalNameZh());
        row(rows, t, Fields.LEGAL_NAME_EN, o.legalNameEn());
        row(rows, t, Fields.REGISTRATION_NUMBER, o.registrationNumber());
        row(rows, t, Fields.WEBSITE, o.website());
        row(rows, t, Fields.CONTACT_NAME, o.contactName());
        row(rows, t, Fields.CONTACT_EMAIL, o.contactEmail());
        row(rows, t, Fields.CONTACT_PHONE, o.contactPhone());
        rows.add(new H3(t.apply("onboarding.step.ASSESSMENT")));
        row(
                rows,
                t,
                Fields.CATEGORIES,
                s.categories().stream()
                        .map(c -> t.apply("onboarding.category." + c.name()))
                        .collect(Collectors.joining(Languages.listSeparator(locale))));
        row(rows, t, Fields.CLASSIFICATION, named(t, "onboarding.classification.", s.classification()));
        row(rows, t, Fields.PERSONAL_INFORMATION, yesNo(t, s.personalInformation()));
        if (Boolean.TRUE.equals(s.personalInformation())) {
            row(
                    rows,
                    t,
                    Fields.DATA_SUBJECTS,
                    s.dataSubjects() == null ? "" : String.format(locale, "%,d", s.dataSubjects()));
            row(rows, t, Fields.SENSITIVE_PI, yesNo(t, s.sensitivePersonalInformation()));
        }
        row(rows, t, Fields.CROSS_BORDER, named(t, "onboarding.cross-border.", s.crossBorder()));
        if (s.crossBorder() != null && s.crossBorder() != CrossBorderFlow.NONE) {
            row(
                    rows,
                    t,
                    Fields.DESTINATIONS,
                    s.destinationCountries().stream()
                            .map(code -> Countries.name(code, locale))
                            .collect(Collectors.joining(Languages.listSeparator(locale))));
        }
        row(rows, t, Fields.DESCRIPTION, s.description());
        dataport.onboarding.ExporterFacts x = a.exporterFacts();
        rows.add(new H3(t.apply("onboarding.exporter.title")));
        row(rows, t, dataport.onboarding.ExporterFacts.CII, yesNo(t, x.ciiOperator()));
        row(rows, t, dataport.onboarding.ExporterFacts.ZONE, yesNo(t, x.inFreeTradeZone()));
        row(
                rows,
                t,
                dataport.onboarding.ExporterFacts.SECTOR,
                x.sector() == null ? "" : t.apply("compliance.sector." + x.sector()));
        row(
                rows,
                t,
                dataport.onboarding.ExporterFacts.NON_SENSITIVE,
                x.abroadNonSensitive() == null ? "" : String.format(locale, "%,d", x.abroadNonSensitive()));
        row(
                rows,
                t,
                dataport.onboarding.ExporterFacts.SENSITIVE,
                x.abroadSensitive() == null ? "" : String.format(locale, "%,d", x.abroadSensitive()));
        row(rows, t, Fields.TERMS, yesNo(t, a.termsAccepted()));
        return rows;
    }

    /** The translation of {@code keyPrefix + value.name()}; empty while unanswered. */
    private static String named(Translator t, String keyPrefix, Enum<?> value) {
        return value == null ? "" : t.apply(keyPrefix + value.name());
    }

    private static String yesNo(Translator t, Boolean value) {
        return value == null ? "" : t.apply(value ? "common.yes" : "common.no");
    }

    private static void row(Div rows, Translator t, String field, String value) {
        Div row = new Div();
        row.addClassName("dp-summary-row");
        row.getElement().setAttribute("data-field", field);
        Div label = new Div(t.apply("onboarding.field." + field));
        label.addClassName("dp-summary-label");
        Div text = new Div(value == null || value.isBlank() ? "—" : value);
        text.addClassName("dp-summary-value");
        row.add(label, text);
        rows.add(row);
    }

    /** {@code getTranslation} of a component, without parameters. */
    interface Translator {
        String apply(String key);
    }
}
