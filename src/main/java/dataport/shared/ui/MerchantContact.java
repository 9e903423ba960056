package dataport.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How a buyer reaches a merchant (a QUOTE plan says "contact the merchant"): a button that opens a mail to the
 * merchant's contact address, with the subject filled in, and the address itself for those without a mail client.
 */
public final class MerchantContact {

    private MerchantContact() {}

    /**
     * @param owner        the component whose language the texts take
     * @param email        the merchant's contact address; null gives an empty, invisible block
     * @param subjectText  what the mail is about (a listing's title, or the merchant's name)
     */
    public static Div of(Component owner, String email, String subjectText) {
        Div box = new Div();
        box.addClassName("dp-merchant-contact");
        box.setId("merchant-contact");
        if (email == null || email.isBlank()) {
            box.setVisible(false);
            return box;
        }
        String subject = owner.getTranslation("shared.contact.subject", subjectText);
        Anchor button = new Anchor(
                "mailto:" + email + "?subject="
                        + URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20"),
                owner.getTranslation("shared.contact.button"));
        button.addClassName("dp-button-link");
        button.setId("merchant-contact-button");
        Span address = new Span(owner.getTranslation("shared.contact.address", email));
        address.addClassName("dp-muted");
        address.setId("merchant-contact-address");
        box.add(button, address);
        return box;
    }
}
