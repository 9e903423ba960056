package dataport.orders.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import dataport.catalog.ListingDetails;
import dataport.catalog.PricingModel;
import dataport.orders.IndicativeRates;
import dataport.shared.Languages;
import dataport.shared.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The plan, the quantity (usage plans only), the total in the listing's currency, and the total converted into a
 * currency the buyer picks, marked as indicative.
 */
class CheckoutTotals extends Div {

    static final int MAX_QUANTITY = 100_000;

    private final ListingDetails.Plan plan;
    private final IndicativeRates rates;
    final IntegerField quantity = new IntegerField();
    final Span total = new Span();
    final Select<String> currency = new Select<>();
    final Span converted = new Span();
    private final List<Runnable> listeners = new ArrayList<>();

    CheckoutTotals(ListingDetails.Plan plan, IndicativeRates rates) {
        this.plan = plan;
        this.rates = rates;
        addClassName("dp-checkout-totals");
        var locale = getLocale();
        H2 name = new H2(plan.name() == null ? "" : plan.name().in(locale));
        Span price = new Span(plan.priceLabel(locale));
        price.setId("checkout-price");
        add(name, price);

        quantity.setLabel(getTranslation("orders.checkout.quantity"));
        quantity.setId("checkout-quantity");
        quantity.setMin(1);
        quantity.setMax(MAX_QUANTITY);
        quantity.setStepButtonsVisible(true);
        quantity.setValue(1);
        quantity.setVisible(plan.model() == PricingModel.USAGE);
        quantity.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("orders.checkout.quantity.invalid"))
                .setMinErrorMessage(getTranslation("orders.checkout.quantity.invalid"))
                .setMaxErrorMessage(getTranslation("orders.checkout.quantity.too-many", MAX_QUANTITY))
                .setRequiredErrorMessage(getTranslation("orders.checkout.quantity.invalid")));
        quantity.addValueChangeListener(e -> refresh());
        add(quantity);

        Span totalLabel = new Span(getTranslation("orders.checkout.total"));
        total.setId("checkout-total");
        total.addClassName("dp-checkout-total");
        Div totalRow = new Div(totalLabel, total);
        totalRow.addClassName("dp-checkout-row");
        add(totalRow);

        currency.setLabel(getTranslation("orders.checkout.your-currency"));
        currency.setId("checkout-currency");
        currency.setItems(rates.currencies());
        String preferred = Languages.isChinese(locale) ? "CNY" : "USD";
        if (preferred.equals(plan.price().currency().getCurrencyCode())) {
            // A conversion into the price's own currency says nothing: offer the other common one.
            preferred = "CNY".equals(preferred) ? "USD" : "CNY";
        }
        if (rates.currencies().contains(preferred)) {
            currency.setValue(preferred);
        }
        currency.addValueChangeListener(e -> refresh());
        converted.setId("checkout-converted");
        Paragraph note = new Paragraph(getTranslation("orders.checkout.indicative-note"));
        note.addClassName("dp-muted");
        Div conversion = new Div(currency, converted, note);
        conversion.addClassName("dp-checkout-conversion");
        add(conversion);
        refresh();
    }

    /** The valid quantity, or empty while the field holds something that cannot be bought. */
    Optional<Integer> quantity() {
        if (plan.model() != PricingModel.USAGE) {
            return Optional.of(1);
        }
        Integer q = quantity.getValue();
        return q != null && q >= 1 && q <= MAX_QUANTITY && !quantity.isInvalid() ? Optional.of(q) : Optional.empty();
    }

    void addQuantityListener(Runnable listener) {
        listeners.add(listener);
    }

    private void refresh() {
        var locale = getLocale();
        Optional<Integer> q = quantity();
        if (q.isEmpty()) {
            quantity.setInvalid(true);
            quantity.setErrorMessage(getTranslation("orders.checkout.quantity.invalid"));
            total.setText("—");
            converted.setText("");
        } else {
            Money sum =
                    new Money(plan.price().minorUnits() * q.get(), plan.price().currency());
            total.setText(sum.format(locale));
            converted.setText(Optional.ofNullable(currency.getValue())
                    .flatMap(c -> rates.convert(sum, Currency.getInstance(c)))
                    .map(m -> getTranslation("orders.checkout.indicative", m.format(locale)))
                    .orElse(""));
        }
        listeners.forEach(Runnable::run);
    }
}
