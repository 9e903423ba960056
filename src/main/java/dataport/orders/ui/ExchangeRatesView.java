package dataport.orders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.orders.IndicativeRates;
import dataport.orders.RateRow;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Currency;

/** {@code /admin/rates}: the indicative exchange rates checkout shows (US dollars per unit of each currency). */
@StyleSheet("themes/dataport/orders.css")
@Route(value = ExchangeRatesView.ROUTE, layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class ExchangeRatesView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "admin/rates";

    private final IndicativeRates rates;
    final Grid<RateRow> grid = new Grid<>();
    final TextField currency = new TextField();
    final BigDecimalField rate = new BigDecimalField();

    ExchangeRatesView(IndicativeRates rates) {
        this.rates = rates;
        addClassNames("dp-page", "dp-admin");
        var locale = getLocale();
        Paragraph lead = new Paragraph(getTranslation("orders.rates.lead"));
        lead.addClassName("dp-muted");
        grid.setId("rates");
        grid.setAllRowsVisible(true);
        grid.addColumn(RateRow::currency).setHeader(getTranslation("orders.rates.currency"));
        grid.addColumn(r -> r.usdPerUnit().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("orders.rates.usd-per-unit"));
        grid.addColumn(r -> OrderCells.date(r.updatedAt(), locale)).setHeader(getTranslation("orders.rates.updated"));
        grid.addColumn(r -> r.updatedBy() == null ? "" : r.updatedBy()).setHeader(getTranslation("orders.rates.by"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                currency.setValue(e.getValue().currency());
                rate.setValue(e.getValue().usdPerUnit());
            }
        });

        currency.setLabel(getTranslation("orders.rates.currency"));
        currency.setId("rate-currency");
        rate.setLabel(getTranslation("orders.rates.usd-per-unit"));
        rate.setId("rate-value");
        Button save = new Button(getTranslation("orders.rates.save"), e -> save());
        save.setId("rate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(currency, rate, save);
        form.addClassNames("dp-panel", "dp-rate-form");
        add(new H1(getTranslation("orders.rates.title")), lead, form, grid);
        refresh();
    }

    void save() {
        currency.setInvalid(false);
        rate.setInvalid(false);
        String code = currency.getValue().strip().toUpperCase(java.util.Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            currency.setErrorMessage(getTranslation("orders.rates.bad-currency"));
            currency.setInvalid(true);
            return;
        }
        BigDecimal value = rate.getValue();
        if (value == null || value.signum() <= 0) {
            rate.setErrorMessage(getTranslation("orders.rates.bad-rate"));
            rate.setInvalid(true);
            return;
        }
        rates.set(code, value);
        Notification.show(getTranslation("orders.rates.saved", code));
        refresh();
    }

    private void refresh() {
        grid.setItems(rates.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orders.rates.title") + " · " + getTranslation("app.name");
    }
}
