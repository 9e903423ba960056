package dataport.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dataport.catalog.BillingPeriod;
import dataport.catalog.CatalogService.NewPlan;
import dataport.catalog.InvalidListing.Violation;
import dataport.catalog.PricingModel;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * One pricing plan's fields, with buttons to move it up or down and remove it. Only the fields its pricing model
 * needs are shown: a period for subscriptions, a unit for usage, no price for quotes.
 */
class PlanRow extends Div {

    static final List<String> CURRENCIES = List.of("CNY", "USD", "EUR", "GBP", "JPY", "SGD", "HKD");

    final TextField nameEn = new TextField(getTranslation("workspace.form.plan-name-en"));
    final TextField nameZh = new TextField(getTranslation("workspace.form.plan-name-zh"));
    final Select<PricingModel> model = new Select<>();
    final Select<BillingPeriod> period = new Select<>();
    final BigDecimalField price = new BigDecimalField(getTranslation("workspace.form.price"));
    final ComboBox<String> currency = new ComboBox<>(getTranslation("workspace.form.currency"));
    final TextField unitEn = new TextField(getTranslation("workspace.form.unit-en"));
    final TextField unitZh = new TextField(getTranslation("workspace.form.unit-zh"));
    final Button up = new Button(getTranslation("workspace.plans.up"));
    final Button down = new Button(getTranslation("workspace.plans.down"));
    final Button remove = new Button(getTranslation("workspace.plans.remove"));
    /** The rules' names for this plan's fields ("name" is the blank-name rule, shown on the English name). */
    private final Map<String, HasValidation> fields = Map.of(
            "name", nameEn,
            "nameEn", nameEn,
            "nameZh", nameZh,
            "model", model,
            "period", period,
            "price", price,
            "currency", currency,
            "unitEn", unitEn,
            "unitZh", unitZh);

    PlanRow(NewPlan plan, PlansSection plans) {
        addClassName("dp-plan-row");
        model.setLabel(getTranslation("workspace.form.pricing-model"));
        model.setItems(PricingModel.values());
        model.setItemLabelGenerator(m -> getTranslation("pricing." + m));
        period.setLabel(getTranslation("workspace.form.period"));
        period.setItems(BillingPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation("workspace.form.period." + p));
        currency.setItems(CURRENCIES);
        model.addValueChangeListener(e -> updateVisibility());
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        up.addClickListener(e -> plans.move(this, -1));
        down.addClickListener(e -> plans.move(this, 1));
        remove.addClickListener(e -> plans.remove(this));
        if (plan != null) {
            EditorFields.set(nameEn, nameZh, plan.name());
            model.setValue(plan.model());
            period.setValue(plan.period());
            if (plan.price() != null) {
                price.setValue(plan.price().amount());
                currency.setValue(plan.price().currency().getCurrencyCode());
            }
            EditorFields.set(unitEn, unitZh, plan.unit());
        }
        Div buttons = new Div(up, down, remove);
        buttons.addClassName("dp-plan-buttons");
        add(EditorFields.twoColumns(nameEn, nameZh, model, period, price, currency, unitEn, unitZh), buttons);
        updateVisibility();
    }

    private void updateVisibility() {
        PricingModel m = model.getValue();
        period.setVisible(m == PricingModel.SUBSCRIPTION);
        boolean priced = m != PricingModel.QUOTE;
        price.setVisible(priced);
        currency.setVisible(priced);
        unitEn.setVisible(m == PricingModel.USAGE);
        unitZh.setVisible(m == PricingModel.USAGE);
    }

    /** Ids as the e2e page objects know them: the first plan's fields unnumbered, then "-1", "-2" ... */
    void number(int index, int count) {
        String suffix = index == 0 ? "" : "-" + index;
        nameEn.setId("plan-name-en" + suffix);
        nameZh.setId("plan-name-zh" + suffix);
        model.setId("plan-model" + suffix);
        period.setId("plan-period" + suffix);
        price.setId("plan-price" + suffix);
        currency.setId("plan-currency" + suffix);
        unitEn.setId("plan-unit-en" + suffix);
        unitZh.setId("plan-unit-zh" + suffix);
        remove.setId("plan-remove" + suffix);
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
    }

    /** The plan as typed; a price with more decimals than its currency has is reported, not rounded. */
    NewPlan toPlan(Map<String, Violation> problems, String at) {
        PricingModel m = model.getValue();
        Money money = null;
        if (m != PricingModel.QUOTE && price.getValue() != null && currency.getValue() != null) {
            try {
                money = Money.of(price.getValue(), Currency.getInstance(currency.getValue()));
            } catch (IllegalArgumentException | ArithmeticException e) {
                problems.put(at + "price", Violation.of("workspace.form.error.decimals"));
            }
        } else if (m != null && m != PricingModel.QUOTE && price.getValue() != null) {
            problems.put(at + "currency", Violation.of("workspace.form.error.currency"));
        }
        return new NewPlan(
                Bilingual.of(nameEn.getValue(), nameZh.getValue()),
                m,
                m == PricingModel.SUBSCRIPTION ? period.getValue() : null,
                m == PricingModel.USAGE ? Bilingual.of(unitEn.getValue(), unitZh.getValue()) : null,
                money);
    }

    boolean showError(String field, String message) {
        return EditorFields.show(fields.get(field), message);
    }

    void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    void setEditable(boolean editable) {
        nameEn.setReadOnly(!editable);
        nameZh.setReadOnly(!editable);
        price.setReadOnly(!editable);
        unitEn.setReadOnly(!editable);
        unitZh.setReadOnly(!editable);
        model.setReadOnly(!editable);
        period.setReadOnly(!editable);
        currency.setReadOnly(!editable);
        up.setVisible(editable);
        down.setVisible(editable);
        remove.setVisible(editable);
    }
}
