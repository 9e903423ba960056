package dataport.onboarding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.Draft;
import dataport.onboarding.ExporterFacts;
import dataport.onboarding.OnboardingService;
import dataport.shared.Sectors;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An optional part of the self-assessment step: the applicant's cross-border facts as a data exporter (CII operator,
 * free-trade zone, sector, personal information already sent abroad this year outside DataPort). Each change is kept
 * as a draft at once, like the rest of the wizard; they are not needed to submit, and on approval they become the
 * merchant's cross-border facts (editable later at /workspace/cross-border).
 */
class ExporterFactsSection extends Div {

    final RadioButtonGroup<Boolean> cii = yesNo("onboarding.exporter.cii", "exporter-cii");
    final RadioButtonGroup<Boolean> zone = yesNo("onboarding.exporter.zone", "exporter-zone");
    final Select<String> sector = new Select<>();
    final IntegerField abroadNonSensitive = new IntegerField();
    final IntegerField abroadSensitive = new IntegerField();
    private final OnboardingService onboarding;
    private final Consumer<ApplicationDetails> saved;
    private final Map<String, HasValidation> fields;
    private boolean filling;

    ExporterFactsSection(OnboardingService onboarding, Consumer<ApplicationDetails> saved) {
        this.onboarding = onboarding;
        this.saved = saved;
        addClassName("dp-exporter-facts");
        setId("exporter-facts");
        sector.setLabel(getTranslation("onboarding.exporter.sector"));
        sector.setId("exporter-sector");
        sector.setItems(Sectors.CODES);
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("onboarding.exporter.not-declared"));
        sector.setItemLabelGenerator(s -> s == null
                ? getTranslation("onboarding.exporter.not-declared")
                : getTranslation("compliance.sector." + s));
        count(abroadNonSensitive, "onboarding.exporter.abroad-non-sensitive", "exporter-abroad-non-sensitive");
        count(abroadSensitive, "onboarding.exporter.abroad-sensitive", "exporter-abroad-sensitive");
        fields = Map.of(
                ExporterFacts.CII, cii,
                ExporterFacts.ZONE, zone,
                ExporterFacts.SECTOR, sector,
                ExporterFacts.NON_SENSITIVE, abroadNonSensitive,
                ExporterFacts.SENSITIVE, abroadSensitive);
        for (HasValidation field : fields.values()) {
            field.setManualValidation(true);
            ((HasValue<?, ?>) field).addValueChangeListener(e -> {
                if (!filling) {
                    keep();
                }
            });
        }
        Paragraph intro = new Paragraph(getTranslation("onboarding.exporter.intro"));
        intro.addClassName("dp-muted");
        FormLayout form = new FormLayout(cii, zone, sector, abroadNonSensitive, abroadSensitive);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(new H3(getTranslation("onboarding.exporter.title")), intro, form);
    }

    void show(ExporterFacts f) {
        ExporterFacts facts = f == null ? ExporterFacts.empty() : f;
        filling = true;
        try {
            cii.setValue(facts.ciiOperator());
            zone.setValue(facts.inFreeTradeZone());
            sector.setValue(facts.sector());
            abroadNonSensitive.setValue(toInt(facts.abroadNonSensitive()));
            abroadSensitive.setValue(toInt(facts.abroadSensitive()));
        } finally {
            filling = false;
        }
    }

    ExporterFacts read() {
        return new ExporterFacts(
                cii.getValue(),
                zone.getValue(),
                sector.getValue(),
                abroadNonSensitive.getValue() == null
                        ? null
                        : abroadNonSensitive.getValue().longValue(),
                abroadSensitive.getValue() == null
                        ? null
                        : abroadSensitive.getValue().longValue());
    }

    /** Keeps what is answered now; a refused value stays in its field with its message. */
    private void keep() {
        fields.values().forEach(f -> f.setInvalid(false));
        Draft draft = onboarding.keepExporterFacts(read());
        saved.accept(draft.application());
        draft.refused().forEach((name, key) -> {
            HasValidation field = fields.get(name);
            field.setErrorMessage(getTranslation(key));
            field.setInvalid(true);
        });
    }

    private RadioButtonGroup<Boolean> yesNo(String labelKey, String id) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        group.setLabel(getTranslation(labelKey));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(b -> getTranslation(b ? "common.yes" : "common.no"));
        group.setId(id);
        return group;
    }

    private void count(IntegerField field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setMin(0);
    }

    private static Integer toInt(Long value) {
        return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value);
    }
}
