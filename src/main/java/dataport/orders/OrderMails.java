package dataport.orders;

import dataport.accounts.AccountService;
import dataport.mail.MailService;
import dataport.merchants.MerchantService;
import dataport.shared.SiteUrl;
import dataport.shared.ui.Translations;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The mails about an order, sent in the transaction of the change: to the buyer in the language used at checkout,
 * and (a new order to deliver, an accepted delivery) to each member of the selling merchant in their own language.
 */
@Component
class OrderMails {

    private final MailService mail;
    private final Translations translations;
    private final SiteUrl site;
    private final MerchantService merchants;
    private final AccountService accounts;

    OrderMails(
            MailService mail,
            Translations translations,
            SiteUrl site,
            MerchantService merchants,
            AccountService accounts) {
        this.mail = mail;
        this.translations = translations;
        this.site = site;
        this.merchants = merchants;
        this.accounts = accounts;
    }

    void paid(Order order) {
        send(order, "paid");
        tellMerchant(order, "sold");
    }

    void delivered(Order order) {
        send(order, "delivered");
    }

    void accepted(Order order) {
        send(order, "accepted");
        tellMerchant(order, "merchant-accepted");
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
                        site.of("purchases/" + order.getId())));
    }

    private void tellMerchant(Order order, String what) {
        for (long userId : merchants.memberIds(order.getMerchantId())) {
            accounts.find(userId).ifPresent(member -> {
                Locale locale = member.locale();
                String title = order.getTitle().in(locale);
                mail.send(
                        member.email(),
                        translations.getTranslation(
                                "orders.mail." + what + ".subject", locale, order.getNumber(), title),
                        translations.getTranslation(
                                "orders.mail." + what + ".body",
                                locale,
                                order.getNumber(),
                                title,
                                order.total().format(locale),
                                site.of("workspace/orders/" + order.getId())));
            });
        }
    }
}
