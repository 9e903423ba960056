package dataport.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.search.IndexStatus;
import dataport.search.RebuildAlreadyRunning;
import dataport.search.SearchAdministration;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;

/**
 * ADMIN's search index page: which index serves searches, its listing count against the database's, index updates
 * still owed, and the full rebuild (new index, atomic alias swap, searches keep working) with its progress. The
 * browser polls once a second while a rebuild runs (the app has no server push).
 */
@Route(value = "admin/search", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class SearchAdminView extends Div implements HasDynamicTitle {

    private final SearchAdministration administration;
    private final Span currentIndex = value("search-admin-index");
    private final Span counts = value("search-admin-counts");
    private final Span pending = value("search-admin-pending");
    private final Button rebuild = new Button();
    private final ProgressBar progressBar = new ProgressBar(0, 1);
    private final Paragraph progressText = new Paragraph();
    private final Paragraph lastRebuild = new Paragraph();

    SearchAdminView(SearchAdministration administration) {
        this.administration = administration;
        addClassName("dp-page");
        addClassName("dp-admin");
        addClassName("dp-search-admin");

        rebuild.setText(getTranslation("search-admin.rebuild"));
        rebuild.setId("search-admin-rebuild");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> startRebuild());
        progressBar.setId("search-admin-progress");
        progressBar.getElement().setAttribute("aria-label", getTranslation("search-admin.progress.label"));
        progressText.setId("search-admin-progress-text");
        lastRebuild.setId("search-admin-last");

        Div facts = new Div(
                fact("search-admin.index", currentIndex),
                fact("search-admin.counts", counts),
                fact("search-admin.pending", pending));
        facts.addClassName("dp-search-admin-facts");
        Paragraph hint = new Paragraph(getTranslation("search-admin.rebuild.hint"));
        hint.addClassName("dp-muted");
        add(
                new H1(getTranslation("search-admin.title")),
                new Paragraph(getTranslation("search-admin.intro")),
                facts,
                new H2(getTranslation("search-admin.rebuild.heading")),
                hint,
                rebuild,
                progressBar,
                progressText,
                lastRebuild);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search-admin.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    private void startRebuild() {
        try {
            administration.startRebuild();
        } catch (RebuildAlreadyRunning e) {
            Notification.show(getTranslation("search-admin.rebuild.running"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        refresh();
    }

    /** Reads the status again; polls while a rebuild runs, stops polling when it is done. */
    void refresh() {
        IndexStatus status = administration.status();
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        currentIndex.setText(
                status.currentIndex() == null ? getTranslation("search-admin.index.none") : status.currentIndex());
        counts.setText(getTranslation(
                "search-admin.counts.value",
                status.indexedListings() < 0
                        ? getTranslation("search-admin.unknown")
                        : numbers.format(status.indexedListings()),
                numbers.format(status.publishedListings())));
        pending.setText(getTranslation(
                status.updatesFailing() ? "search-admin.pending.failing" : "search-admin.pending.value",
                numbers.format(status.pendingUpdates())));

        IndexStatus.Rebuild r = status.rebuild();
        boolean running = r != null && r.running();
        rebuild.setEnabled(!running);
        progressBar.setVisible(running);
        progressText.setVisible(running);
        Instant now = Instant.now();
        if (running) {
            progressBar.setIndeterminate(r.total() == 0);
            progressBar.setValue(r.fraction());
            Duration left = r.remaining(now);
            progressText.setText(getTranslation(
                            "search-admin.progress",
                            numbers.format(r.done()),
                            numbers.format(r.total()),
                            numbers.format(Math.round(r.rate(now))))
                    + (left == null
                            ? ""
                            : " " + getTranslation("search-admin.progress.eta", Math.max(1, left.toSeconds()))));
        }
        if (r == null || running) {
            lastRebuild.setText(r == null ? getTranslation("search-admin.last.none") : "");
        } else if (r.failure() != null) {
            lastRebuild.setText(getTranslation("search-admin.last.failed", time(r.finished()), r.failure()));
        } else {
            lastRebuild.setText(getTranslation(
                    "search-admin.last",
                    time(r.finished()),
                    numbers.format(r.total()),
                    String.format(getLocale(), "%.1f", r.elapsed(r.finished()).toMillis() / 1000.0),
                    numbers.format(Math.round(r.rate(r.finished())))));
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(running ? 1000 : -1);
        }
    }

    private String time(Instant instant) {
        return Times.format(getLocale(), instant);
    }

    private Div fact(String labelKey, Span value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("dp-search-admin-label");
        Div fact = new Div(label, value);
        fact.addClassName("dp-search-admin-fact");
        return fact;
    }

    private static Span value(String id) {
        Span span = new Span();
        span.setId(id);
        span.addClassName("dp-search-admin-value");
        return span;
    }
}
