package dataport.mail.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.mail.MailService;
import dataport.mail.MailSummary;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;

/** Every outgoing mail, newest first: where an admin reads the mails a server without SMTP kept. */
@Route(value = "admin/mail", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class MailView extends Div implements HasDynamicTitle {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final MailService mail;
    private final Div detail = new Div();

    MailView(MailService mail) {
        this.mail = mail;
        addClassName("dp-page");
        addClassName("dp-admin");

        Grid<MailSummary> grid = new Grid<>();
        grid.setId("mail-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(m -> format(m.createdAt()))
                .setHeader(getTranslation("mail.column.created"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MailSummary::recipient).setHeader(getTranslation("mail.column.recipient"));
        grid.addColumn(MailSummary::subject)
                .setHeader(getTranslation("mail.column.subject"))
                .setFlexGrow(2);
        grid.addColumn(m -> getTranslation("mail.status." + m.status().name()))
                .setHeader(getTranslation("mail.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                (Query<MailSummary, Void> query) ->
                        mail.list(PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, mail.count()));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        grid.setEmptyStateText(getTranslation("mail.empty"));
        grid.setAllRowsVisible(false);
        grid.setHeight("24rem");

        detail.setId("mail-detail");
        detail.addClassName("dp-mail-detail");
        add(new H1(getTranslation("mail.title")), new Paragraph(getTranslation("mail.hint")), grid, detail);
    }

    private void show(MailSummary selected) {
        detail.removeAll();
        if (selected == null) {
            return;
        }
        // Fresh from the database: the grid's copy may predate delivery.
        MailSummary m = mail.find(selected.id()).orElse(selected);
        H2 subject = new H2(m.subject());
        Paragraph meta = new Paragraph(getTranslation(
                "mail.detail.meta",
                m.recipient(),
                format(m.createdAt()),
                getTranslation("mail.status." + m.status().name())));
        meta.addClassName("dp-muted");
        Div body = new Div();
        body.addClassName("dp-mail-body");
        Matcher links = LINK.matcher(m.body());
        int at = 0;
        while (links.find()) {
            body.add(new Text(m.body().substring(at, links.start())));
            Anchor link = new Anchor(links.group(), links.group(), AnchorTarget.DEFAULT);
            link.addClassName("dp-mail-link");
            body.add(link);
            at = links.end();
        }
        body.add(new Text(m.body().substring(at)));
        detail.add(subject, meta, body);
        if (m.lastError() != null) {
            detail.add(new Paragraph(getTranslation("mail.detail.error", m.lastError())));
        }
    }

    private String format(Instant instant) {
        return Times.format(getLocale(), instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.title") + " · " + getTranslation("app.name");
    }
}
