package dataport.delivery.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dataport.orders.ReceiptFile;
import dataport.orders.Receipts;
import dataport.shared.ui.Times;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneId;

/**
 * The buyer's bilingual PDF receipt of a paid order. The PDF is made in the download request (the service checks
 * again that the signed-in user bought the order), with times in the reader's zone as this page knows it.
 */
class ReceiptDownload extends Div {

    ReceiptDownload(Receipts receipts, long orderId) {
        setId("receipt-download");
        if (!receipts.available()) {
            Span unavailable = new Span(getTranslation("orders.receipt.unavailable"));
            unavailable.addClassName("dp-muted");
            add(unavailable);
            return;
        }
        ZoneId zone = Times.zone();
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ReceiptFile file = receipts.buyerReceipt(orderId, zone)
                            .orElseThrow(() -> new IOException("No receipt for order " + orderId));
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()),
                            file.fileName(),
                            file.contentType(),
                            file.content().length);
                }),
                getTranslation("orders.receipt.download"));
        link.setId("receipt-link");
        link.addClassName("dp-button-link");
        add(link);
    }
}
