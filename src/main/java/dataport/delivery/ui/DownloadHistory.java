package dataport.delivery.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dataport.delivery.DownloadView;
import java.util.List;

/** Every download of an order: when, how many bytes, finished or not (and, for the merchant, by which account). */
class DownloadHistory extends Div {

    DownloadHistory(List<DownloadView> downloads, boolean showUser) {
        setId("download-history");
        Span heading = new Span(getTranslation("delivery.download.history"));
        heading.addClassName("dp-fact-label");
        add(heading);
        if (downloads.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("delivery.download.none"));
            none.addClassName("dp-muted");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        for (DownloadView d : downloads) {
            String text = getTranslation(
                    d.completed() ? "delivery.download.row-complete" : "delivery.download.row-partial",
                    Formats.dateTime(this, d.at()),
                    Formats.size(this, d.bytes()));
            if (showUser) {
                text = getTranslation("delivery.download.row-user", text, d.userId());
            }
            list.add(new ListItem(text));
        }
        add(list);
    }
}
