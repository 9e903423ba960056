package dataport.delivery.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.delivery.DeliverableInfo;
import dataport.delivery.DeliveryOverview;
import dataport.orders.PurchasedItem;

/** The merchant's steps for this order's delivery mode, and for a file listing the file that goes (or went) out. */
class FulfilmentSteps extends Div {

    FulfilmentSteps(DeliveryOverview overview) {
        addClassName("dp-section");
        setId("fulfilment-steps");
        PurchasedItem item = overview.item();
        add(new H2(getTranslation("delivery.steps.title")));
        OrderedList steps = new OrderedList();
        for (String step :
                getTranslation("delivery.steps." + item.deliveryMode()).split("\\|")) {
            steps.add(new ListItem(step.strip()));
        }
        add(steps);
        switch (item.deliveryMode()) {
            case FILE -> add(fileState(overview));
            case API -> {
                Anchor gateway = new Anchor(GatewayView.ROUTE, getTranslation("delivery.steps.gateway-link"));
                gateway.setId("gateway-link");
                add(new Paragraph(gateway));
            }
            default -> {
                // the steps say it all; the note below records what was done
            }
        }
    }

    private Div fileState(DeliveryOverview overview) {
        DeliverableInfo delivered = overview.file();
        DeliverableInfo current = overview.listingFile();
        Div box = new Div();
        box.setId("file-state");
        Facts facts = new Facts();
        if (delivered != null) {
            Span hash = new Span(delivered.sha256());
            hash.addClassName("dp-hash");
            facts.add(
                            "delivery.file.delivered",
                            delivered.fileName() + " · " + Formats.size(this, delivered.size()),
                            "delivered-file")
                    .add("delivery.file.sha256", hash, "delivered-sha256");
        } else if (current != null) {
            facts.add(
                    "delivery.file.will-deliver",
                    current.fileName() + " · " + Formats.size(this, current.size()),
                    "current-file");
        } else {
            Div missing = new Div(new Span(getTranslation("delivery.file.missing")));
            missing.addClassName("dp-alert");
            missing.setId("file-missing");
            box.add(missing);
        }
        if (delivered != null || current != null) {
            box.add(facts);
        }
        Anchor upload = new Anchor(
                DeliverableView.route(overview.item().listingId()),
                getTranslation(current == null ? "delivery.file.upload-link" : "delivery.file.replace-link"));
        upload.setId("deliverable-link");
        box.add(new Paragraph(upload));
        if (overview.entitlement() != null) {
            box.add(new DownloadHistory(overview.downloads(), false));
        }
        return box;
    }
}
