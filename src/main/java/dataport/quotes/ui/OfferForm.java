package dataport.quotes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dataport.quotes.PrivateOffer;
import dataport.quotes.QuoteRefused;
import dataport.quotes.QuoteService;
import dataport.shared.Money;
import dataport.shared.ui.DatePickers;
import dataport.shared.ui.LengthLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The merchant's private offer to the request's buyer: one of the listing's plans, the whole price (an exact amount:
 * more decimals than the currency has are refused, never rounded), special terms and the last valid day.
 */
class OfferForm extends Div {

    static final List<String> CURRENCIES = List.of("CNY", "USD", "EUR", "HKD", "SGD", "GBP", "JPY");

    interface Sender {
        void send(PrivateOffer offer);
    }

    final Select<Integer> plan = new Select<>();
    final TextField amount = new TextField();
    final ComboBox<String> currency = new ComboBox<>();
    final TextArea terms = new TextArea();
    final DatePicker validUntil = new DatePicker();
    final Button send = new Button();
    final Paragraph problem = new Paragraph();

    OfferForm(int planCount, IntFunction<String> planName, PrivateOffer current, Sender sender) {
        addClassNames("dp-panel", "dp-quote-offer-form");
        setId("offer-form");
        add(new H2(getTranslation(current == null ? "quotes.offer-form.title" : "quotes.offer-form.replace")));
        plan.setLabel(getTranslation("quotes.offer-form.plan"));
        plan.setId("offer-plan");
        plan.setItems(IntStream.range(0, planCount).boxed().toList());
        plan.setItemLabelGenerator(planName::apply);
        amount.setLabel(getTranslation("quotes.offer-form.amount"));
        amount.setId("offer-amount");
        amount.setHelperText(getTranslation("quotes.offer-form.amount.helper"));
        currency.setLabel(getTranslation("quotes.offer-form.currency"));
        currency.setId("offer-currency");
        currency.setItems(CURRENCIES);
        terms.setLabel(getTranslation("quotes.offer.terms"));
        terms.setId("offer-terms");
        terms.setWidthFull();
        LengthLimits.guard(terms, this, QuoteService.TERMS_MAX);
        validUntil.setLabel(getTranslation("quotes.offer-form.valid-until"));
        validUntil.setId("offer-valid-until");
        DatePickers.localise(validUntil, this);
        validUntil.setMin(LocalDate.now(dataport.shared.ui.Times.DEFAULT_ZONE));
        if (current != null) {
            plan.setValue(current.planIndex());
            amount.setValue(current.price().amount().toPlainString());
            currency.setValue(current.price().currency().getCurrencyCode());
            terms.setValue(current.terms() == null ? "" : current.terms());
            validUntil.setValue(current.validUntil());
        } else {
            plan.setValue(planCount > 0 ? 0 : null);
            currency.setValue("CNY");
            validUntil.setValue(
                    LocalDate.now(dataport.shared.ui.Times.DEFAULT_ZONE).plusDays(14));
        }
        problem.setId("offer-problem");
        problem.addClassName("dp-error");
        problem.setVisible(false);
        send.setText(getTranslation("quotes.offer-form.send"));
        send.setId("offer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> submit(sender));
        add(plan, amount, currency, terms, validUntil, problem, send);
    }

    private void submit(Sender sender) {
        problem.setVisible(false);
        amount.setInvalid(false);
        validUntil.setInvalid(false);
        Money price;
        try {
            price = Money.of(
                    new BigDecimal(amount.getValue().strip().replace(",", "")),
                    Currency.getInstance(currency.getValue() == null ? "CNY" : currency.getValue()));
        } catch (RuntimeException unreadable) {
            amount.setErrorMessage(getTranslation("quotes.refused.PRICE"));
            amount.setInvalid(true);
            return;
        }
        try {
            sender.send(new PrivateOffer(
                    plan.getValue() == null ? -1 : plan.getValue(), price, terms.getValue(), validUntil.getValue()));
        } catch (QuoteRefused refused) {
            String text = getTranslation(refused.messageKey(), refused.arguments());
            if ("price".equals(refused.field())) {
                amount.setErrorMessage(text);
                amount.setInvalid(true);
            } else if ("validUntil".equals(refused.field())) {
                validUntil.setErrorMessage(text);
                validUntil.setInvalid(true);
            } else {
                problem.setText(text);
                problem.setVisible(true);
            }
        }
    }
}
