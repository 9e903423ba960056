package dataport.delivery.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.delivery.DeliverableInfo;
import dataport.delivery.DeliveryOverview;

/**
 * The buyer's file: name, size and SHA-256 (to verify the copy), a signed link valid for a day, how many downloads are
 * left, and the downloads made.
 */
class DownloadPanel extends Div {

    DownloadPanel(DeliveryOverview overview) {
        addClassName("dp-section");
        setId("download-panel");
        add(new H2(getTranslation("delivery.download.title")));
        DeliverableInfo file = overview.file();
        DeliveryOverview.EntitlementView e = overview.entitlement();
        if (file == null) {
            add(muted(getTranslation("delivery.download.waiting")));
            return;
        }
        Span hash = new Span(file.sha256());
        hash.addClassName("dp-hash");
        add(new Facts()
                .add("delivery.file.name", file.fileName(), "file-name")
                .add("delivery.file.size", Formats.size(this, file.size()), "file-size")
                .add("delivery.file.sha256", hash, "file-sha256"));
        if (overview.link() != null) {
            Anchor download = new Anchor(overview.link().href(), getTranslation("delivery.download.button"));
            download.setId("download-link");
            download.addClassName("dp-button-link");
            // A plain request to the download controller, not a Vaadin navigation.
            download.getElement().setAttribute("router-ignore", true);
            download.getElement().setAttribute("download", file.fileName());
            download.setTarget(AnchorTarget.SELF);
            Paragraph left = muted(getTranslation(
                    "delivery.download.left",
                    e.downloadsLeft(),
                    e.downloadsMax(),
                    Formats.dateTime(this, overview.link().expiresAt())));
            left.setId("downloads-left");
            add(new Div(download), left);
        } else if (e != null && !e.active()) {
            add(alert(getTranslation("delivery.download.ended")));
        } else {
            add(alert(getTranslation("delivery.download.used-up", e == null ? 0 : e.downloadsMax())));
        }
        add(new DownloadHistory(overview.downloads(), false));
    }

    private static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("dp-muted");
        return p;
    }

    private static Div alert(String text) {
        Div alert = new Div(new Span(text));
        alert.addClassName("dp-alert");
        alert.setId("download-refused");
        return alert;
    }
}
