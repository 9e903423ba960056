package dataport.compliance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dataport.catalog.DataClassification;
import dataport.compliance.FilingType;
import dataport.compliance.ListingDeclaration;
import dataport.compliance.Mechanism;
import dataport.compliance.MerchantDeclaration;
import dataport.compliance.Outcome;
import dataport.compliance.PersonalInformation;
import dataport.compliance.RerouteChange;
import dataport.compliance.RuleRow;
import dataport.compliance.RulesService;
import dataport.shared.Bilingual;
import dataport.shared.ui.DatePickers;
import dataport.shared.ui.Times;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Compliance staff's editor of one rule row: conditions, outcome, mechanism, bilingual legal basis and reason,
 * effective dates. "Dry run" lists the past orders the change would route differently; "Save" stores it (audited).
 */
class RuleEditor extends Dialog {

    private final RulesService rules;
    private final RuleRow original;
    private final Runnable saved;

    final IntegerField position = new IntegerField();
    final CheckboxGroup<DataClassification> classifications = new CheckboxGroup<>();
    final CheckboxGroup<PersonalInformation> personal = new CheckboxGroup<>();
    final Select<Boolean> cii = triState();
    final Select<Boolean> zone = triState();
    final CheckboxGroup<String> sectors = new CheckboxGroup<>();
    final Select<Boolean> negativeList = triState();
    final Select<Boolean> collectedAbroad = triState();
    final Select<Boolean> recipientBlocked = triState();
    final Select<FilingType> filing = new Select<>();
    final IntegerField minPersonal = new IntegerField();
    final IntegerField maxPersonal = new IntegerField();
    final IntegerField minSensitive = new IntegerField();
    final IntegerField maxSensitive = new IntegerField();
    final Select<Outcome> outcome = new Select<>();
    final Select<Mechanism> mechanism = new Select<>();
    final TextField legalBasisEn = new TextField();
    final TextField legalBasisZh = new TextField();
    final TextArea reasonEn = new TextArea();
    final TextArea reasonZh = new TextArea();
    final DatePicker effectiveFrom = new DatePicker();
    final DatePicker effectiveTo = new DatePicker();
    final Div dryRunResult = new Div();
    final Paragraph problem = new Paragraph();
    final Button dryRun = new Button();
    final Button save = new Button();

    RuleEditor(RulesService rules, RuleRow row, Runnable saved) {
        this.rules = rules;
        this.original = row;
        this.saved = saved;
        setHeaderTitle(getTranslation("compliance.rules.edit-title", row.code()));
        setId("rule-editor");
        label();
        fill(row);
        FormLayout form = new FormLayout(
                position,
                outcome,
                mechanism,
                classifications,
                personal,
                cii,
                zone,
                sectors,
                negativeList,
                collectedAbroad,
                recipientBlocked,
                filing,
                minPersonal,
                maxPersonal,
                minSensitive,
                maxSensitive,
                legalBasisEn,
                legalBasisZh,
                reasonEn,
                reasonZh,
                effectiveFrom,
                effectiveTo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        dryRunResult.setId("rule-dry-run");
        problem.setId("rule-problem");
        problem.addClassName("dp-error");
        problem.setVisible(false);
        add(form, problem, dryRunResult);
        dryRun.setText(getTranslation("compliance.rules.dry-run"));
        dryRun.addClickListener(e -> dryRun());
        dryRun.setId("rule-dry-run-button");
        save.setText(getTranslation("compliance.rules.save"));
        save.addClickListener(e -> save());
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("compliance.cancel"), e -> close());
        getFooter().add(cancel, dryRun, save);
    }

    private void label() {
        position.setLabel(getTranslation("compliance.rules.field.position"));
        classifications.setLabel(getTranslation("compliance.rules.field.classification"));
        classifications.setItems(EnumSet.allOf(DataClassification.class));
        classifications.setItemLabelGenerator(c -> getTranslation("compliance.classification." + c));
        personal.setLabel(getTranslation("compliance.rules.field.personal"));
        personal.setItems(EnumSet.allOf(PersonalInformation.class));
        personal.setItemLabelGenerator(p -> getTranslation("compliance.personal." + p));
        cii.setLabel(getTranslation("compliance.rules.field.cii"));
        zone.setLabel(getTranslation("compliance.rules.field.zone"));
        sectors.setLabel(getTranslation("compliance.rules.field.sector"));
        sectors.setItems(MerchantDeclaration.SECTORS);
        sectors.setItemLabelGenerator(s -> getTranslation("compliance.sector." + s));
        negativeList.setLabel(getTranslation("compliance.rules.field.negative-list"));
        collectedAbroad.setLabel(getTranslation("compliance.rules.field.collected-abroad"));
        recipientBlocked.setLabel(getTranslation("compliance.rules.field.recipient-blocked"));
        filing.setLabel(getTranslation("compliance.rules.field.filing"));
        filing.setItems(FilingType.values());
        filing.setEmptySelectionAllowed(true);
        filing.setEmptySelectionCaption(getTranslation("compliance.any"));
        filing.setItemLabelGenerator(
                f -> f == null ? getTranslation("compliance.any") : getTranslation("compliance.filing." + f));
        minPersonal.setLabel(getTranslation("compliance.rules.field.min-personal"));
        maxPersonal.setLabel(getTranslation("compliance.rules.field.max-personal"));
        minSensitive.setLabel(getTranslation("compliance.rules.field.min-sensitive"));
        maxSensitive.setLabel(getTranslation("compliance.rules.field.max-sensitive"));
        outcome.setLabel(getTranslation("compliance.rules.field.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("shared.export.outcome." + o));
        mechanism.setLabel(getTranslation("compliance.rules.field.mechanism"));
        mechanism.setItems(Mechanism.values());
        mechanism.setItemLabelGenerator(m -> getTranslation("shared.export.mechanism." + m));
        legalBasisEn.setLabel(getTranslation("compliance.rules.field.basis-en"));
        legalBasisZh.setLabel(getTranslation("compliance.rules.field.basis-zh"));
        reasonEn.setLabel(getTranslation("compliance.rules.field.reason-en"));
        reasonZh.setLabel(getTranslation("compliance.rules.field.reason-zh"));
        effectiveFrom.setLabel(getTranslation("compliance.rules.field.from"));
        effectiveTo.setLabel(getTranslation("compliance.rules.field.to"));
        DatePickers.localise(effectiveFrom, this);
        DatePickers.localise(effectiveTo, this);
    }

    private Select<Boolean> triState() {
        Select<Boolean> s = new Select<>();
        s.setItems(Boolean.TRUE, Boolean.FALSE);
        s.setEmptySelectionAllowed(true);
        s.setEmptySelectionCaption(getTranslation("compliance.any"));
        s.setItemLabelGenerator(
                b -> b == null ? getTranslation("compliance.any") : getTranslation("compliance." + (b ? "yes" : "no")));
        return s;
    }

    private void fill(RuleRow r) {
        position.setValue(r.position());
        classifications.setValue(r.classificationIn());
        personal.setValue(r.personalInfoIn());
        cii.setValue(r.exporterCii());
        zone.setValue(r.exporterInZone());
        sectors.setValue(r.sectorIn());
        negativeList.setValue(r.onNegativeList());
        collectedAbroad.setValue(r.collectedAbroad());
        recipientBlocked.setValue(r.recipientBlocked());
        filing.setValue(r.filingRequired());
        minPersonal.setValue(toInt(r.minAnnualPersonal()));
        maxPersonal.setValue(toInt(r.maxAnnualPersonal()));
        minSensitive.setValue(toInt(r.minAnnualSensitive()));
        maxSensitive.setValue(toInt(r.maxAnnualSensitive()));
        outcome.setValue(r.outcome());
        mechanism.setValue(r.mechanism());
        legalBasisEn.setValue(r.legalBasis().en());
        legalBasisZh.setValue(r.legalBasis().zh());
        reasonEn.setValue(r.reason().en());
        reasonZh.setValue(r.reason().zh());
        effectiveFrom.setValue(r.effectiveFrom());
        effectiveTo.setValue(r.effectiveTo());
    }

    private static Integer toInt(Long value) {
        return value == null ? null : Math.toIntExact(value);
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    RuleRow edited() {
        return new RuleRow(
                original.id(),
                original.version(),
                position.getValue() == null ? -1 : position.getValue(),
                original.code(),
                classifications.getValue(),
                personal.getValue(),
                cii.getValue(),
                zone.getValue(),
                sectors.getValue(),
                negativeList.getValue(),
                collectedAbroad.getValue(),
                recipientBlocked.getValue(),
                filing.getValue(),
                toLong(minPersonal.getValue()),
                toLong(maxPersonal.getValue()),
                toLong(minSensitive.getValue()),
                toLong(maxSensitive.getValue()),
                outcome.getValue(),
                mechanism.getValue(),
                new Bilingual(legalBasisEn.getValue(), legalBasisZh.getValue()),
                new Bilingual(reasonEn.getValue(), reasonZh.getValue()),
                effectiveFrom.getValue(),
                effectiveTo.getValue());
    }

    private boolean valid(RuleRow row) {
        Map<String, HasValidation> fields = Map.ofEntries(
                Map.entry("position", position),
                Map.entry("reasonEn", reasonEn),
                Map.entry("reasonZh", reasonZh),
                Map.entry("legalBasisEn", legalBasisEn),
                Map.entry("legalBasisZh", legalBasisZh),
                Map.entry("outcome", outcome),
                Map.entry("mechanism", mechanism),
                Map.entry("effectiveFrom", effectiveFrom),
                Map.entry("effectiveTo", effectiveTo),
                Map.entry("maxAnnualPersonal", maxPersonal),
                Map.entry("maxAnnualSensitive", maxSensitive));
        fields.values().forEach(f -> f.setInvalid(false));
        List<ListingDeclaration.Problem> problems = rules.problems(row);
        for (ListingDeclaration.Problem p : problems) {
            HasValidation field = fields.get(p.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(p.messageKey()));
                field.setInvalid(true);
            }
        }
        return problems.isEmpty();
    }

    private void dryRun() {
        RuleRow row = edited();
        if (!valid(row)) {
            return;
        }
        List<RerouteChange> changes = rules.dryRun(row);
        dryRunResult.removeAll();
        dryRunResult.add(new Paragraph(getTranslation("compliance.rules.dry-run.count", changes.size())));
        for (RerouteChange c : changes.stream().limit(50).toList()) {
            Paragraph line = new Paragraph(getTranslation(
                    "compliance.rules.dry-run.line",
                    String.valueOf(c.orderId()),
                    Times.format(getLocale(), c.routedAt()),
                    c.country(),
                    getTranslation("shared.export.outcome." + c.oldOutcome()),
                    c.oldRule(),
                    getTranslation("shared.export.outcome." + c.newOutcome()),
                    c.newRule()));
            line.addClassName("dp-dry-run-line");
            dryRunResult.add(line);
        }
    }

    private void save() {
        RuleRow row = edited();
        if (!valid(row)) {
            return;
        }
        try {
            rules.save(row);
            close();
            saved.run();
        } catch (ObjectOptimisticLockingFailureException stale) {
            problem.setText(getTranslation("compliance.rules.error.stale"));
            problem.setVisible(true);
        }
    }
}
