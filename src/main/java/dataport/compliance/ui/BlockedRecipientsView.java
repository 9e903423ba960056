package dataport.compliance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.compliance.BlockedRecipientRow;
import dataport.compliance.NewBlockedRecipient;
import dataport.compliance.RecipientBlocklist;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * {@code /compliance/blocked-recipients}: compliance staff keep the list of recipients no data may be provided to
 * (the rule BLOCKED_RECIPIENT), adding entries and deactivating them with a reason.
 */
@Route(value = BlockedRecipientsView.ROUTE, layout = MainLayout.class)
@RolesAllowed("COMPLIANCE")
public class BlockedRecipientsView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "compliance/blocked-recipients";

    private final RecipientBlocklist blocklist;
    final BlockedRecipientForm form;
    final Div list = new Div();

    BlockedRecipientsView(RecipientBlocklist blocklist) {
        this.blocklist = blocklist;
        addClassNames("dp-page", "dp-blocked-recipients");
        setId("blocked-recipients");
        Paragraph intro = new Paragraph(getTranslation("compliance.blocked.intro"));
        Anchor rules = new Anchor(RulesView.ROUTE, getTranslation("compliance.blocked.to-rules"));
        form = new BlockedRecipientForm(this::addEntry);
        list.addClassName("dp-blocked-list");
        list.setId("blocked-list");
        add(
                new H1(getTranslation("compliance.blocked.title")),
                intro,
                new Paragraph(rules),
                form,
                new H2(getTranslation("compliance.blocked.list")),
                list);
        refresh();
    }

    private void addEntry(NewBlockedRecipient r) {
        blocklist.add(r);
        Notification.show(getTranslation("compliance.blocked.added"));
        refresh();
    }

    private void deactivate(BlockedRecipientRow r) {
        new DeactivateBlockedDialog(r, reason -> {
                    try {
                        blocklist.deactivate(r.id(), r.version(), reason);
                        Notification.show(getTranslation("compliance.blocked.deactivated-note"));
                    } catch (ObjectOptimisticLockingFailureException | IllegalStateException stale) {
                        Notification.show(getTranslation("compliance.blocked.stale"));
                    }
                    refresh();
                })
                .open();
    }

    void refresh() {
        list.removeAll();
        var entries = blocklist.entries();
        if (entries.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("compliance.blocked.none"));
            none.addClassName("dp-muted");
            list.add(none);
        }
        for (BlockedRecipientRow r : entries) {
            list.add(new BlockedRecipientCard(r, this::deactivate));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.blocked.title") + " · " + getTranslation("app.name");
    }
}
