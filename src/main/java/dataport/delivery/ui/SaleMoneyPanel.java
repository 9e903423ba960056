package dataport.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import dataport.settlement.RefundService;
import dataport.settlement.SettlementState;
import dataport.settlement.SettlementView;
import dataport.shared.Money;
import dataport.shared.ui.Times;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;

/**
 * The merchant's view of an order's money: total, platform fee, their share and when it is released; before release,
 * a refund (full or partial) to the buyer through Stripe.
 */
class SaleMoneyPanel extends Div {

    final BigDecimalField amount = new BigDecimalField();
    final Button refund = new Button();
    private final String requestKey = UUID.randomUUID().toString();

    SaleMoneyPanel(SettlementView money, RefundService refunds, Runnable reload) {
        addClassName("dp-section");
        setId("sale-money");
        add(new H2(getTranslation("settlement.sale.title")));
        Paragraph split = new Paragraph(getTranslation(
                "settlement.sale.split",
                format(money.totalMinor(), money),
                format(money.feeMinor(), money),
                format(money.shareMinor(), money)));
        split.setId("sale-split");
        Paragraph state = new Paragraph(
                switch (money.state()) {
                    case PENDING ->
                        getTranslation("settlement.sale.held-until", Times.format(getLocale(), money.holdUntil()));
                    case HELD -> getTranslation("settlement.hold.disputed");
                    case RELEASED ->
                        getTranslation("settlement.hold.released", Times.format(getLocale(), money.releasedAt()));
                    case REFUNDED -> getTranslation("settlement.hold.refunded");
                });
        state.setId("sale-hold");
        add(split, state);
        if (money.refundedMinor() > 0) {
            Paragraph refunded =
                    new Paragraph(getTranslation("settlement.sale.refunded", format(money.refundedMinor(), money)));
            refunded.setId("sale-refunded");
            add(refunded);
        }
        if (money.state() == SettlementState.PENDING || money.state() == SettlementState.HELD) {
            amount.setLabel(getTranslation("settlement.refund.amount", money.currency()));
            amount.setId("refund-amount");
            amount.setValue(
                    Money.ofMinor(money.refundableMinor(), money.currency()).amount());
            refund.setText(getTranslation("settlement.refund.button"));
            refund.setId("refund-submit");
            refund.addClickListener(e -> submit(money, refunds, reload));
            add(amount, refund);
        }
    }

    private void submit(SettlementView money, RefundService refunds, Runnable reload) {
        amount.setInvalid(false);
        BigDecimal value = amount.getValue();
        long minor;
        try {
            if (value == null || value.signum() <= 0) {
                throw new IllegalArgumentException();
            }
            minor = Money.of(value, Currency.getInstance(money.currency())).minorUnits();
        } catch (IllegalArgumentException | ArithmeticException bad) {
            amount.setErrorMessage(getTranslation("settlement.refund.amount-invalid"));
            amount.setInvalid(true);
            return;
        }
        if (minor > money.refundableMinor()) {
            amount.setErrorMessage(
                    getTranslation("settlement.refund.too-much", format(money.refundableMinor(), money)));
            amount.setInvalid(true);
            return;
        }
        try {
            refunds.refundAsMerchant(money.orderId(), minor, requestKey + "-" + minor);
        } catch (IllegalStateException | IllegalArgumentException refused) {
            amount.setErrorMessage(getTranslation(refused.getMessage()));
            amount.setInvalid(true);
            return;
        }
        Notification.show(getTranslation("settlement.refund.done"), 4000, Notification.Position.BOTTOM_CENTER);
        reload.run();
    }

    private String format(long minor, SettlementView money) {
        return Money.ofMinor(minor, money.currency()).format(getLocale());
    }
}
