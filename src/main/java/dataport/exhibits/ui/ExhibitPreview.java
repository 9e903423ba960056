package dataport.exhibits.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import dataport.exhibits.ExhibitPage;
import dataport.exhibits.ExhibitService;
import dataport.shared.Languages;
import dataport.shared.ListingRatings;
import java.util.Locale;

/** The exhibit as buyers would see it in one language, in a dialog over the editor. */
class ExhibitPreview extends Dialog {

    /**
     * The shared parts of the page (listing cards) speak the UI's language, so the UI's locale is switched while the
     * preview is built and restored at once: nothing else on the page is rebuilt meanwhile.
     */
    /** The preview is about the curator's layout and texts; ratings come with the published page. */
    private static final ListingRatings NO_RATINGS = ids -> java.util.Map.of();

    ExhibitPreview(ExhibitPage page, ExhibitService exhibits, Locale locale) {
        UI ui = UI.getCurrent();
        Locale before = ui.getLocale();
        ExhibitPresentation presentation;
        try {
            ui.setLocale(locale);
            presentation = new ExhibitPresentation(page, exhibits, locale, NO_RATINGS);
        } finally {
            ui.setLocale(before);
        }
        setId("exhibit-preview");
        addClassName("dp-preview-dialog");
        setHeaderTitle(getTranslation(
                Languages.isChinese(locale) ? "exhibits.preview.title-zh" : "exhibits.preview.title-en"));
        setWidth("min(1200px, 96vw)");
        add(presentation);
        Button close = new Button(getTranslation("exhibits.preview.close"), e -> close());
        close.setId("preview-close");
        getFooter().add(close);
    }
}
