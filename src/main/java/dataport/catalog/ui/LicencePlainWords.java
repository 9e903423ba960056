package dataport.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dataport.catalog.LicenceTerms;
import dataport.catalog.LicenceWording;
import dataport.shared.Bilingual;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * A licence in plain words (issue 17): one sentence per term in the reader's language, the merchant's additional
 * terms, and the link to the machine-readable ODRL policy. The listing page and the buyer's purchase page (orders
 * module) show it, so they say it the same way.
 */
@NamedInterface("licence-words")
public class LicencePlainWords extends Div {

    /**
     * @param merchant who is to be credited when attribution is required
     * @param additions the merchant's free-text licence (may be empty)
     * @param policyHref the ODRL document's address (relative), or null for none (a draft in preview)
     */
    public LicencePlainWords(LicenceTerms terms, Bilingual merchant, Bilingual additions, String policyHref) {
        Locale locale = getLocale();
        addClassName("dp-licence-words");
        setId("licence-words");
        UnorderedList list = new UnorderedList();
        list.setId("licence-sentences");
        for (String sentence : LicenceWording.sentences(terms, merchant, locale, this::getTranslation)) {
            list.add(new ListItem(sentence));
        }
        add(list);
        String extra = additions == null ? "" : additions.in(locale);
        if (!extra.isBlank()) {
            Paragraph text = new Paragraph(extra);
            text.setId("licence-additions");
            text.addClassName("dp-prose");
            add(new H3(getTranslation("licence.words.additions")), text);
        }
        if (policyHref != null) {
            Anchor policy = new Anchor(policyHref, getTranslation("licence.plain.policy"));
            policy.setId("licence-policy-link");
            policy.getElement().setAttribute("type", "application/ld+json");
            policy.setRouterIgnore(true);
            add(new Paragraph(policy));
        }
    }
}
