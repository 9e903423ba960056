package dataport.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dataport.catalog.InvalidListing.Violation;
import dataport.catalog.LicenceTerms;
import dataport.catalog.LicenceUse;
import dataport.shared.ui.Countries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The editor's structured licence terms (issue 17): a template to start from, then use, derivative works,
 * attribution, onward transfer, territory, term and maximum users. The free-text licence in {@link TermsSection}
 * adds to them. Numbers are typed as text and judged here, so a wrong entry stays in the field with its message.
 */
class LicenceSection extends Div implements EditorSection {

    static final String WORLDWIDE = "worldwide";
    static final String LISTED = "listed";

    final Select<String> template = new Select<>();
    final RadioButtonGroup<LicenceUse> use = new RadioButtonGroup<>();
    final Checkbox derivatives = new Checkbox();
    final Checkbox attribution = new Checkbox();
    final Checkbox noTransfer = new Checkbox();
    final RadioButtonGroup<String> scope = new RadioButtonGroup<>();
    final MultiSelectComboBox<String> territory = new MultiSelectComboBox<>();
    final TextField termMonths = new TextField();
    final TextField maxUsers = new TextField();
    private final Map<String, HasValidation> fields;

    LicenceSection() {
        Locale locale = getLocale();
        template.setLabel(getTranslation("workspace.licence.template"));
        template.setItems(LicenceTerms.templates().keySet());
        template.setItemLabelGenerator(t -> t == null ? "" : getTranslation("workspace.licence.template." + t));
        template.setPlaceholder(getTranslation("workspace.licence.template.choose"));
        template.setId("licence-template");
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                fill(LicenceTerms.templates().get(e.getValue()));
            }
        });
        use.setLabel(getTranslation("workspace.licence.use"));
        use.setItems(LicenceUse.values());
        use.setItemLabelGenerator(u -> getTranslation("workspace.licence.use." + u));
        use.setId("licence-use");
        derivatives.setLabel(getTranslation("workspace.licence.derivatives"));
        derivatives.setId("licence-derivatives");
        attribution.setLabel(getTranslation("workspace.licence.attribution"));
        attribution.setId("licence-attribution");
        noTransfer.setLabel(getTranslation("workspace.licence.no-transfer"));
        noTransfer.setId("licence-no-transfer");
        scope.setLabel(getTranslation("workspace.licence.territory"));
        scope.setItems(WORLDWIDE, LISTED);
        scope.setItemLabelGenerator(s -> getTranslation("workspace.licence.territory." + s));
        scope.setId("licence-scope");
        scope.addValueChangeListener(e -> territory.setVisible(LISTED.equals(e.getValue())));
        territory.setLabel(getTranslation("workspace.licence.territory.countries"));
        territory.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(c -> Countries.name(c, locale)))
                .toList());
        territory.setItemLabelGenerator(c -> Countries.name(c, locale));
        territory.setId("licence-territory");
        termMonths.setLabel(getTranslation("workspace.licence.term"));
        termMonths.setHelperText(getTranslation("workspace.licence.term-help"));
        termMonths.setId("licence-term");
        maxUsers.setLabel(getTranslation("workspace.licence.users"));
        maxUsers.setHelperText(getTranslation("workspace.licence.users-help"));
        maxUsers.setId("licence-users");
        fields = Map.of(
                "licenceUse", use,
                "licenceTerritory", territory,
                "licenceTermMonths", termMonths,
                "licenceMaxUsers", maxUsers);
        Paragraph lead = new Paragraph(getTranslation("workspace.licence.lead"));
        lead.addClassName("dp-muted");
        Div checks = new Div(derivatives, attribution, noTransfer);
        checks.addClassName("dp-licence-checks");
        add(
                new H2(getTranslation("workspace.licence.title")),
                lead,
                EditorFields.twoColumns(template, use, checks, scope, territory, termMonths, maxUsers));
        addClassName("dp-editor-section");
        setId("editor-licence");
        fill(LicenceTerms.defaults());
    }

    void fill(LicenceTerms t) {
        use.setValue(t.use());
        derivatives.setValue(t.derivatives());
        attribution.setValue(t.attribution());
        noTransfer.setValue(t.noOnwardTransfer());
        scope.setValue(t.worldwide() ? WORLDWIDE : LISTED);
        territory.setValue(new LinkedHashSet<>(t.territory()));
        territory.setVisible(!t.worldwide());
        termMonths.setValue(t.termMonths() == null ? "" : t.termMonths().toString());
        maxUsers.setValue(t.maxUsers() == null ? "" : t.maxUsers().toString());
    }

    /** The terms as chosen; what cannot be read (a term that is not a number) goes into {@code problems}. */
    LicenceTerms terms(Map<String, Violation> problems) {
        boolean listed = LISTED.equals(scope.getValue());
        List<String> codes = listed ? new ArrayList<>(territory.getValue()) : List.of();
        if (listed && codes.isEmpty()) {
            problems.put("licenceTerritory", Violation.of("workspace.licence.error.territory-empty"));
        }
        return new LicenceTerms(
                use.getValue(),
                derivatives.getValue(),
                attribution.getValue(),
                noTransfer.getValue(),
                codes,
                number(
                        termMonths,
                        "licenceTermMonths",
                        "workspace.licence.error.term",
                        LicenceTerms.TERM_MONTHS_MAX,
                        problems),
                number(
                        maxUsers,
                        "licenceMaxUsers",
                        "workspace.licence.error.users",
                        LicenceTerms.MAX_USERS_MAX,
                        problems));
    }

    /** Empty: none. A whole number (Chinese full-width digits too); anything else is a problem, and the text stays. */
    private static Integer number(TextField field, String name, String key, int max, Map<String, Violation> problems) {
        String text = field.getValue() == null ? "" : field.getValue().strip();
        if (text.isEmpty()) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            }
            digits.append(c);
        }
        if (!digits.toString().matches("\\d{1,9}")) {
            problems.put(name, Violation.of(key, max));
            return null;
        }
        return Integer.valueOf(digits.toString());
    }

    @Override
    public boolean showError(String field, String message) {
        if ("licenceTerritory".equals(field)) {
            territory.setVisible(true);
        }
        return EditorFields.show(fields.get(field), message);
    }

    @Override
    public void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    @Override
    public void setEditable(boolean editable) {
        template.setReadOnly(!editable);
        use.setReadOnly(!editable);
        derivatives.setReadOnly(!editable);
        attribution.setReadOnly(!editable);
        noTransfer.setReadOnly(!editable);
        scope.setReadOnly(!editable);
        territory.setReadOnly(!editable);
        termMonths.setReadOnly(!editable);
        maxUsers.setReadOnly(!editable);
    }
}
