package dataport.merchants.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.audit.AuditService;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.merchants.WhitelistGrant;
import dataport.merchants.WhitelistService;
import dataport.shared.Bilingual;
import dataport.shared.ui.DatePickers;
import dataport.shared.ui.LengthLimits;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The international information-services whitelist for staff: entries by state; compliance staff grant an entry to
 * a merchant and revoke one with a reason. Admins see the list only.
 */
@Route(value = "staff/whitelist", layout = MainLayout.class)
@RolesAllowed({"COMPLIANCE", "ADMIN"})
public class WhitelistView extends Div implements HasDynamicTitle {

    private final WhitelistService whitelist;
    private final MerchantService merchants;
    private final boolean mayDecide;

    final Select<WhitelistGrant.State> stateFilter = new Select<>();
    final Grid<WhitelistGrant> grid = new Grid<>();
    final ComboBox<MerchantSummary> merchant = new ComboBox<>();
    final TextField scopeEn = new TextField();
    final TextField scopeZh = new TextField();
    final DatePicker validFrom = new DatePicker();
    final DatePicker validTo = new DatePicker();
    final TextArea note = new TextArea();
    final Button grant = new Button();

    WhitelistView(WhitelistService whitelist, MerchantService merchants) {
        this.whitelist = whitelist;
        this.merchants = merchants;
        this.mayDecide = whitelist.currentUserMayDecide();
        addClassName("dp-page");
        addClassName("dp-staff");
        H1 title = new H1(getTranslation("whitelist.title"));
        Paragraph lead = new Paragraph(getTranslation("whitelist.lead"));
        lead.addClassName("dp-muted");
        add(title, lead);
        if (mayDecide) {
            add(grantForm());
        }
        add(list());
    }

    private Section grantForm() {
        Locale locale = getLocale();
        merchant.setLabel(getTranslation("whitelist.merchant"));
        merchant.setItemLabelGenerator(m -> m.name().in(locale) + " (" + m.slug() + ")");
        merchant.setItems(
                q -> merchants.findByName(q.getFilter().orElse(""), q.getPage(), q.getPageSize()).stream(),
                q -> (int) merchants.countByName(q.getFilter().orElse("")));
        merchant.setRequiredIndicatorVisible(true);
        merchant.setId("grant-merchant");
        merchant.setWidth("20rem");
        scopeEn.setLabel(getTranslation("whitelist.scope-en"));
        scopeEn.setPlaceholder(getTranslation("whitelist.scope.placeholder"));
        scopeEn.setHelperText(getTranslation("whitelist.scope.helper"));
        scopeEn.setRequiredIndicatorVisible(true);
        LengthLimits.guard(scopeEn, this, WhitelistService.SCOPE_MAX);
        scopeEn.setId("grant-scope-en");
        scopeEn.setWidth("20rem");
        scopeZh.setLabel(getTranslation("whitelist.scope-zh"));
        scopeZh.setPlaceholder(getTranslation("whitelist.scope-zh.placeholder"));
        scopeZh.setRequiredIndicatorVisible(true);
        LengthLimits.guard(scopeZh, this, WhitelistService.SCOPE_MAX);
        scopeZh.setId("grant-scope-zh");
        scopeZh.setWidth("20rem");
        validFrom.setLabel(getTranslation("whitelist.valid-from"));
        validFrom.setValue(LocalDate.now(AuditService.ZONE));
        validFrom.setRequiredIndicatorVisible(true);
        DatePickers.localise(validFrom, this);
        validFrom.setId("grant-from");
        validTo.setLabel(getTranslation("whitelist.valid-to"));
        validTo.setHelperText(getTranslation("whitelist.valid-to.helper"));
        DatePickers.localise(validTo, this);
        validTo.setClearButtonVisible(true);
        validTo.setId("grant-to");
        validFrom.addValueChangeListener(e -> validTo.setMin(e.getValue()));
        note.setLabel(getTranslation("whitelist.note"));
        LengthLimits.guard(note, this, WhitelistService.NOTE_MAX);
        note.setId("grant-note");
        note.setWidth("20rem");
        grant.setText(getTranslation("whitelist.grant"));
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.setId("grant-button");
        grant.addClickListener(e -> grant());

        Div form = new Div(merchant, scopeEn, scopeZh, validFrom, validTo, note, grant);
        form.addClassName("dp-grant-form");
        Section section = new Section(new H2(getTranslation("whitelist.grant.heading")), form);
        section.addClassName("dp-panel");
        return section;
    }

    void grant() {
        boolean valid = true;
        merchant.setInvalid(merchant.getValue() == null);
        merchant.setErrorMessage(getTranslation("whitelist.error.merchant"));
        boolean noScope = scopeEn.getValue().isBlank() && scopeZh.getValue().isBlank();
        scopeEn.setInvalid(noScope);
        scopeEn.setErrorMessage(getTranslation("whitelist.error.scope"));
        scopeZh.setInvalid(noScope);
        scopeZh.setErrorMessage(getTranslation("whitelist.error.scope"));
        validFrom.setInvalid(validFrom.getValue() == null);
        validFrom.setErrorMessage(getTranslation("whitelist.error.from"));
        boolean endBeforeStart = validFrom.getValue() != null
                && validTo.getValue() != null
                && validTo.getValue().isBefore(validFrom.getValue());
        validTo.setInvalid(endBeforeStart);
        validTo.setErrorMessage(getTranslation("whitelist.error.end-before-start"));
        // Checked only when some scope was given, so an empty form keeps the "describe the scope" message.
        boolean scopeFits =
                noScope || (fits(scopeEn, WhitelistService.SCOPE_MAX) & fits(scopeZh, WhitelistService.SCOPE_MAX));
        boolean noteFits = LengthLimits.check(note, this, WhitelistService.NOTE_MAX);
        valid = !merchant.isInvalid() && !noScope && scopeFits && noteFits && !validFrom.isInvalid() && !endBeforeStart;
        if (!valid) {
            return;
        }
        WhitelistGrant granted = whitelist.grant(
                merchant.getValue().id(),
                Bilingual.of(scopeEn.getValue(), scopeZh.getValue()),
                validFrom.getValue(),
                validTo.getValue(),
                note.getValue());
        notify(getTranslation("whitelist.granted", granted.merchantName().in(getLocale())), false);
        merchant.clear();
        scopeEn.clear();
        scopeZh.clear();
        note.clear();
        validTo.clear();
        grid.getDataProvider().refreshAll();
    }

    private Section list() {
        stateFilter.setLabel(getTranslation("whitelist.filter"));
        stateFilter.setItems(WhitelistGrant.State.values());
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption(getTranslation("whitelist.state.ALL"));
        stateFilter.setItemLabelGenerator(
                s -> getTranslation(s == null ? "whitelist.state.ALL" : "whitelist.state." + s));
        stateFilter.setValue(WhitelistGrant.State.CURRENT);
        stateFilter.setId("whitelist-filter");
        stateFilter.addValueChangeListener(e -> refresh());

        grid.addColumn(g -> g.merchantName() == null
                        ? "#" + g.merchantId()
                        : g.merchantName().in(getLocale()))
                .setHeader(getTranslation("whitelist.merchant"))
                .setAutoWidth(true);
        grid.addColumn(g -> g.scope().in(getLocale()))
                .setHeader(getTranslation("whitelist.scope"))
                .setWidth("16rem")
                .setFlexGrow(2);
        grid.addColumn(g -> Times.date(getLocale(), g.validFrom()) + " – "
                        + (g.validTo() == null
                                ? getTranslation("whitelist.open-ended")
                                : Times.date(getLocale(), g.validTo())))
                .setHeader(getTranslation("whitelist.validity"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::stateBadge))
                .setHeader(getTranslation("whitelist.state"))
                .setAutoWidth(true);
        // Wraps (who, then when) rather than squeezing the scope: the labelled time is long.
        grid.addColumn(g -> g.grantedBy() + ", " + Times.format(getLocale(), g.grantedAt()))
                .setHeader(getTranslation("whitelist.granted-by"))
                .setWidth("13rem")
                .setFlexGrow(1);
        grid.addColumn(g -> g.revokedAt() == null
                        ? ""
                        : getTranslation(
                                "whitelist.revoked-by",
                                g.revokedBy(),
                                Times.format(getLocale(), g.revokedAt()),
                                g.revokedReason()))
                .setHeader(getTranslation("whitelist.revocation"))
                .setFlexGrow(1);
        if (mayDecide) {
            grid.addColumn(new ComponentRenderer<>(this::revokeButton))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("whitelist.empty"));
        grid.setId("whitelist-grid");
        grid.addClassName("dp-staff-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("whitelist.title"));
        refresh();

        Section section = new Section(new H2(getTranslation("whitelist.entries")), stateFilter, grid);
        section.addClassName("dp-section");
        return section;
    }

    private Span stateBadge(WhitelistGrant g) {
        Span badge = new Span(getTranslation("whitelist.state." + g.state()));
        badge.addClassName("dp-badge");
        if (g.state() == WhitelistGrant.State.CURRENT) {
            badge.addClassName("dp-badge-whitelisted");
        }
        return badge;
    }

    private Span revokeButton(WhitelistGrant g) {
        Span cell = new Span();
        if (g.state() != WhitelistGrant.State.REVOKED && g.state() != WhitelistGrant.State.EXPIRED) {
            Button revoke = new Button(getTranslation("whitelist.revoke"), e -> openRevokeDialog(g));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setId("revoke-" + g.id());
            revoke.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "whitelist.revoke.label",
                                    g.merchantName().in(getLocale()),
                                    g.scope().in(getLocale())));
            cell.add(revoke);
        }
        return cell;
    }

    void openRevokeDialog(WhitelistGrant g) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                getTranslation("whitelist.revoke.title", g.merchantName().in(getLocale())));
        Paragraph what = new Paragraph(g.scope().in(getLocale()));
        TextArea reason = new TextArea(getTranslation("whitelist.revoke.reason"));
        reason.setRequired(true);
        LengthLimits.guard(reason, this, WhitelistService.REASON_MAX);
        reason.setWidthFull();
        reason.setId("revoke-reason");
        Button confirm = new Button(getTranslation("whitelist.revoke.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("revoke-confirm");
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("whitelist.error.reason"));
                reason.setInvalid(true);
                return;
            }
            if (!LengthLimits.check(reason, this, WhitelistService.REASON_MAX)) {
                return;
            }
            try {
                whitelist.revoke(g.id(), g.version(), reason.getValue());
                notify(getTranslation("whitelist.revoked", g.merchantName().in(getLocale())), false);
            } catch (OptimisticLockingFailureException | IllegalStateException conflict) {
                notify(getTranslation("whitelist.error.changed"), true);
            }
            dialog.close();
            grid.getDataProvider().refreshAll();
        });
        Button cancel = new Button(getTranslation("whitelist.cancel"), e -> dialog.close());
        cancel.setId("revoke-cancel");
        dialog.add(what, reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** An empty field fits; a filled one is checked (and marked) against the limit. */
    private boolean fits(TextField field, int max) {
        return field.getValue().isBlank() || LengthLimits.check(field, this, max);
    }

    void refresh() {
        WhitelistGrant.State state = stateFilter.getValue();
        grid.setItems(
                q -> whitelist.find(state, q.getPage(), q.getPageSize()).stream(), q -> (int) whitelist.count(state));
    }

    private static void notify(String text, boolean error) {
        Notification n = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("whitelist.title") + " · " + getTranslation("app.name");
    }
}
