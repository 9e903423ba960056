package dataport.quotes;

import dataport.accounts.AccountService;
import dataport.mail.MailService;
import dataport.merchants.MerchantService;
import dataport.shared.SiteUrl;
import dataport.shared.ui.Translations;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The mails of a request for a quote, sent in the transaction of the step: to the buyer in the language they used
 * when asking, and to each member of the merchant in their own language. Each names the listing ({0}) and links the
 * thread ({1}); {2} is the step's detail (the offer's price, the order number).
 */
@Component
class QuoteMails {

    private final MailService mail;
    private final Translations translations;
    private final SiteUrl site;
    private final MerchantService merchants;
    private final AccountService accounts;

    QuoteMails(
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

    interface Detail {
        String in(Locale locale);
    }

    void toBuyer(QuoteRequest q, String what, Detail detail) {
        Locale locale = q.getBuyerLocale();
        send(q.getBuyerEmail(), locale, what, q, "quotes/" + q.getId(), detail);
    }

    void toMerchant(QuoteRequest q, String what, Detail detail) {
        for (long userId : merchants.memberIds(q.getMerchantId())) {
            accounts.find(userId)
                    .ifPresent(member ->
                            send(member.email(), member.locale(), what, q, "workspace/quotes/" + q.getId(), detail));
        }
    }

    private void send(String to, Locale locale, String what, QuoteRequest q, String route, Detail detail) {
        String title = q.getTitle().in(locale);
        String extra = detail == null ? "" : detail.in(locale);
        mail.send(
                to,
                translations.getTranslation("quotes.mail." + what + ".subject", locale, title, extra),
                translations.getTranslation("quotes.mail." + what + ".body", locale, title, site.of(route), extra));
    }
}
