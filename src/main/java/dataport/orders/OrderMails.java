package dataport.orders;

import dataport.mail.MailService;
import dataport.shared.ui.Translations;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The mails about an order, in the language the buyer used at checkout, sent in the transaction of the change. */
@Component
class OrderMails {

    private final MailService mail;
    private final Translations translations;
    private final String baseUrl;

    OrderMails(MailService mail, Translations translations, @Value("${dataport.base-url}") String baseUrl) {
        this.mail = mail;
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void paid(Order order) {
        send(order, "paid");
    }

    void delivered(Order order) {
        send(order, "delivered");
    }

    void accepted(Order order) {
        send(order, "accepted");
    }

    void paymentFailed(Order order) {
        send(order, "payment-failed");
    }

    void renewalFailed(Order order) {
        send(order, "renewal-failed");
    }

    private void send(Order order, String what) {
        Locale locale = order.getBuyerLocale();
        String title = order.getTitle().in(locale);
        mail.send(
                order.getBuyerEmail(),
                translations.getTranslation("orders.mail." + what + ".subject", locale, order.getNumber(), title),
                translations.getTranslation(
                        "orders.mail." + what + ".body",
                        locale,
                        order.getNumber(),
                        title,
                        order.total().format(locale),
                        baseUrl + "/purchases/" + order.getId()));
    }
}
