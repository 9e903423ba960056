package dataport.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.settlement.FeeRow;
import dataport.settlement.FeeService;
import dataport.shared.Money;
import dataport.shared.ui.DatePickers;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * {@code /admin/fees}: the platform fee table. Each row is a percentage plus a fixed amount per currency from a date
 * on; a new rate is a new row (an order's fee is fixed when it is paid and never changes afterwards).
 */
@Route(value = FeesView.ROUTE, layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class FeesView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "admin/fees";

    private final FeeService fees;
    final Grid<FeeRow> grid = new Grid<>();
    final TextField currency = new TextField();
    final BigDecimalField percent = new BigDecimalField();
    final BigDecimalField fixed = new BigDecimalField();
    final DatePicker from = new DatePicker();

    FeesView(FeeService fees) {
        this.fees = fees;
        addClassNames("dp-page", "dp-admin");
        Locale locale = getLocale();
        Paragraph lead = new Paragraph(getTranslation("settlement.fees.lead"));
        lead.addClassName("dp-muted");
        grid.setId("fees");
        grid.setAllRowsVisible(true);
        grid.addColumn(FeeRow::currency).setHeader(getTranslation("settlement.fees.currency"));
        grid.addColumn(r -> r.percent().stripTrailingZeros().toPlainString() + " %")
                .setHeader(getTranslation("settlement.fees.percent"));
        grid.addColumn(r -> Money.ofMinor(r.fixedMinor(), r.currency()).format(locale))
                .setHeader(getTranslation("settlement.fees.fixed"));
        grid.addColumn(r -> Times.date(locale, r.effectiveFrom())).setHeader(getTranslation("settlement.fees.from"));
        grid.addColumn(r -> r.createdBy() == null ? "" : r.createdBy()).setHeader(getTranslation("settlement.fees.by"));

        currency.setLabel(getTranslation("settlement.fees.currency"));
        currency.setId("fee-currency");
        percent.setLabel(getTranslation("settlement.fees.percent"));
        percent.setId("fee-percent");
        fixed.setLabel(getTranslation("settlement.fees.fixed"));
        fixed.setId("fee-fixed");
        from.setLabel(getTranslation("settlement.fees.from"));
        from.setId("fee-from");
        DatePickers.localise(from, this);
        Button save = new Button(getTranslation("settlement.fees.save"), e -> save());
        save.setId("fee-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(currency, percent, fixed, from, save);
        form.addClassNames("dp-panel", "dp-rate-form");
        add(new H1(getTranslation("settlement.fees.title")), lead, form, grid);
        refresh();
    }

    void save() {
        currency.setInvalid(false);
        percent.setInvalid(false);
        fixed.setInvalid(false);
        from.setInvalid(false);
        String code = currency.getValue().strip().toUpperCase(Locale.ROOT);
        Currency cur;
        try {
            cur = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            currency.setErrorMessage(getTranslation("settlement.fees.currency-invalid"));
            currency.setInvalid(true);
            return;
        }
        BigDecimal pct = percent.getValue();
        if (pct == null) {
            percent.setErrorMessage(getTranslation("settlement.fees.percent-invalid"));
            percent.setInvalid(true);
            return;
        }
        long fixedMinor;
        try {
            BigDecimal value = fixed.getValue() == null ? BigDecimal.ZERO : fixed.getValue();
            fixedMinor = Money.of(value, cur).minorUnits();
        } catch (IllegalArgumentException | ArithmeticException e) {
            fixed.setErrorMessage(getTranslation("settlement.fees.fixed-invalid"));
            fixed.setInvalid(true);
            return;
        }
        try {
            fees.add(code, pct, fixedMinor, from.getValue());
        } catch (IllegalArgumentException refused) {
            String key = refused.getMessage();
            String message = getTranslation(key);
            if (key.endsWith("percent-invalid")) {
                percent.setErrorMessage(message);
                percent.setInvalid(true);
            } else if (key.endsWith("fixed-invalid")) {
                fixed.setErrorMessage(message);
                fixed.setInvalid(true);
            } else if (key.endsWith("currency-invalid")) {
                currency.setErrorMessage(message);
                currency.setInvalid(true);
            } else {
                from.setErrorMessage(message);
                from.setInvalid(true);
            }
            return;
        }
        Notification.show(getTranslation("settlement.fees.saved", code));
        refresh();
    }

    private void refresh() {
        grid.setItems(fees.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settlement.fees.title") + " · " + getTranslation("app.name");
    }
}
