package dataport.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import dataport.catalog.ListingDetails;
import dataport.catalog.ListingMedia;

/** The editor's content as buyers will see it, in a dialog over the form (nothing is saved). */
class ListingPreviewDialog extends Dialog {

    ListingPreviewDialog(ListingDetails details, ListingMedia.Media files, ListingMedia media) {
        setHeaderTitle(getTranslation("workspace.form.preview"));
        setWidth("min(1100px, 96vw)");
        Div page = new Div(new ListingPresentation(details, files, media));
        page.addClassName("dp-listing");
        page.setId("listing-preview");
        add(page);
        Button close = new Button(getTranslation("workspace.form.preview-close"), e -> close());
        close.setId("close-preview");
        getFooter().add(close);
    }
}
