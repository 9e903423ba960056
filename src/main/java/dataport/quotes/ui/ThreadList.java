package dataport.quotes.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dataport.quotes.AttachmentFile;
import dataport.quotes.QuoteService;
import dataport.quotes.ThreadEntry;
import dataport.shared.ui.Times;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/** The thread, oldest first: messages with their attachments, each offer as it was sent, and the request's steps. */
class ThreadList extends Div {

    ThreadList(List<ThreadEntry> entries, QuoteService quotes, IntFunction<String> planName) {
        setId("quote-thread");
        addClassName("dp-quote-thread");
        Locale locale = getLocale();
        if (entries.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("quotes.thread.empty"));
            none.setId("quote-thread-empty");
            add(none);
        }
        for (ThreadEntry e : entries) {
            Div entry = new Div();
            entry.addClassNames(
                    "dp-quote-entry", "dp-quote-entry-" + e.side().name().toLowerCase(Locale.ROOT));
            entry.setId("entry-" + e.id());
            entry.getElement().setAttribute("data-kind", e.kind().name());
            Span who = new Span(getTranslation("quotes.side." + e.side()) + " · " + Times.format(locale, e.at()));
            who.addClassName("dp-muted");
            entry.add(who);
            switch (e.kind()) {
                case MESSAGE -> {
                    if (e.body() != null) {
                        Paragraph body = new Paragraph(e.body());
                        body.addClassName("dp-quote-body");
                        entry.add(body);
                    }
                }
                case OFFER ->
                    entry.add(new Paragraph(getTranslation(
                            "quotes.thread.offer",
                            planName.apply(e.offer().planIndex()),
                            e.offer().price().format(locale),
                            Times.date(locale, e.offer().validUntil()))));
                default -> entry.add(new Paragraph(getTranslation("quotes.thread.step." + e.kind())));
            }
            if (e.offer() != null && e.offer().terms() != null) {
                Paragraph terms = new Paragraph(
                        getTranslation("quotes.offer.terms-line", e.offer().terms()));
                terms.addClassName("dp-quote-terms");
                entry.add(terms);
            }
            if (e.attachment() != null) {
                entry.add(download(quotes, e));
            }
            add(entry);
        }
    }

    private static Anchor download(QuoteService quotes, ThreadEntry e) {
        // The handler runs in the download request, so the service checks again who asks.
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                            AttachmentFile file = quotes.attachment(e.id());
                            return new DownloadResponse(
                                    new ByteArrayInputStream(file.content()),
                                    file.fileName(),
                                    file.contentType(),
                                    file.content().length);
                        })
                        .inline(),
                e.attachment().fileName());
        link.setTarget("_blank");
        link.setId("attachment-" + e.id());
        link.addClassName("dp-quote-attachment");
        return link;
    }
}
