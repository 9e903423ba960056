package dataport.shared.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The "Whitelisted" badge of a merchant on the international information-services whitelist. The scope is in the
 * tooltip (title) and, for screen readers, in a visually hidden part of the badge's text. Callers pass the scope in
 * the reader's language ({@code Bilingual.in(locale)}).
 */
public final class WhitelistBadge {

    private WhitelistBadge() {}

    /** @param scope the scope already in the reader's language, or null */
    public static Span of(String scope) {
        Span badge = new Span();
        String label = badge.getTranslation("whitelist.badge");
        badge.setText(label);
        badge.addClassName("dp-badge");
        badge.addClassName("dp-badge-whitelisted");
        if (scope != null && !scope.isBlank()) {
            String described = badge.getTranslation("whitelist.badge.scope", scope);
            badge.getElement().setAttribute("title", described);
            Span hidden = new Span(" · " + scope);
            hidden.addClassName("dp-visually-hidden");
            badge.add(hidden);
        }
        return badge;
    }
}
