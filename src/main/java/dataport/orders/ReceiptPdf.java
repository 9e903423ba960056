package dataport.orders;

import dataport.accounts.UserRef;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.Money;
import dataport.shared.PdfDocuments;
import dataport.shared.PdfWriter;
import dataport.shared.ui.Times;
import dataport.shared.ui.Translations;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Lays out a receipt: every label and fixed text in English and Chinese, the order's own texts in both languages. */
@Component
class ReceiptPdf {

    private final PdfDocuments pdf;
    private final Translations translations;

    ReceiptPdf(PdfDocuments pdf, Translations translations) {
        this.pdf = pdf;
        this.translations = translations;
    }

    byte[] render(Order order, UserRef buyer, List<RefundRecords.Refund> refunds, ZoneId zone, Instant issuedAt) {
        OrderSummary o = order.toSummary();
        try (PdfWriter doc = pdf.create("Receipt " + o.number())) {
            doc.heading(both("orders.receipt.title"));
            doc.paragraph(both("orders.receipt.issuer"));
            doc.note(translations.getTranslation(
                            "orders.receipt.issued", Languages.ENGLISH, Times.format(Languages.ENGLISH, issuedAt, zone))
                    + " · "
                    + translations.getTranslation(
                            "orders.receipt.issued",
                            Languages.CHINESE,
                            Times.format(Languages.CHINESE, issuedAt, zone)));
            doc.rule();
            doc.field(labels("orders.receipt.number"), o.number());
            doc.field(labels("orders.receipt.status"), both("orders.status." + o.status()));
            doc.field(labels("orders.receipt.ordered-at"), when(o.createdAt(), zone));
            doc.field(labels("orders.receipt.paid-at"), when(o.paidAt(), zone));
            doc.field(labels("orders.receipt.buyer"), buyer(buyer, o.buyerEmail()));
            doc.field(labels("orders.receipt.merchant"), texts(o.merchantName()));
            doc.field(labels("orders.receipt.listing"), texts(o.listingTitle()));
            doc.field(labels("orders.receipt.plan"), texts(o.planName()));
            doc.field(labels("orders.receipt.quantity"), Integer.toString(o.quantity()));
            doc.field(labels("orders.receipt.unit-price"), PdfWriter.exact(o.unitPrice()));
            doc.field(labels("orders.receipt.total"), PdfWriter.exact(o.total()));
            doc.field(labels("orders.receipt.payment-ref"), Objects.requireNonNullElse(order.getPaymentRef(), "-"));
            if (!refunds.isEmpty()) {
                doc.subheading(both("orders.receipt.refunds"));
                doc.table(
                        new float[] {0.38f, 0.37f, 0.25f},
                        new boolean[] {false, false, true},
                        both("orders.receipt.refund-at"),
                        both("orders.receipt.refund-ref"),
                        both("orders.receipt.refund-amount"));
                long refunded = 0;
                for (RefundRecords.Refund refund : refunds) {
                    refunded = Math.addExact(refunded, refund.amount().minorUnits());
                    doc.row(when(refund.at(), zone), refund.reference(), PdfWriter.exact(refund.amount()));
                }
                Money total = o.total();
                doc.totalRow(
                        both("orders.receipt.refunded-total"),
                        "",
                        PdfWriter.exact(new Money(refunded, total.currency())));
                doc.totalRow(
                        both("orders.receipt.net"),
                        "",
                        PdfWriter.exact(new Money(total.minorUnits() - refunded, total.currency())));
            }
            doc.space(10).rule();
            String zoneLabel = zone.getId() + " (" + Times.label(zone, o.paidAt()) + ")";
            doc.note(both("orders.receipt.zone", zoneLabel));
            doc.note(both("orders.receipt.exact"));
            return doc.finish();
        }
    }

    private String when(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "-";
        }
        return Times.format(Languages.ENGLISH, instant, zone) + "\n" + Times.format(Languages.CHINESE, instant, zone);
    }

    private static String buyer(UserRef buyer, String email) {
        String name = buyer.displayName();
        return name == null || name.isBlank() || name.equals(email) ? email : name + "\n" + email;
    }

    /** Both languages of the order's own text, once when they are the same or one is missing. */
    private static String texts(Bilingual text) {
        if (text == null) {
            return "-";
        }
        String en = text.in(Languages.ENGLISH);
        String zh = text.in(Languages.CHINESE);
        return en.equals(zh) ? en : en + "\n" + zh;
    }

    private String labels(String key) {
        return translations.getTranslation(key, Languages.ENGLISH)
                + "\n"
                + translations.getTranslation(key, Languages.CHINESE);
    }

    private String both(String key, Object... params) {
        return translations.getTranslation(key, Languages.ENGLISH, params)
                + " · "
                + translations.getTranslation(key, Languages.CHINESE, params);
    }
}
