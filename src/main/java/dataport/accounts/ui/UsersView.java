package dataport.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.accounts.AccountException;
import dataport.accounts.AccountService;
import dataport.accounts.Role;
import dataport.accounts.UserFilter;
import dataport.accounts.UserSummary;
import dataport.shared.Languages;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/** {@code /admin/users}: every account, filtered by text and role; staff roles granted and revoked with a confirmation. */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class UsersView extends Div implements HasDynamicTitle {

    private static final List<Role> STAFF = List.of(Role.CURATOR, Role.COMPLIANCE, Role.ADMIN);

    private final AccountService accounts;
    private final Grid<UserSummary> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<UserSummary, Void, UserFilter> users;
    private final TextField text = new TextField();
    private final Select<Role> role = new Select<>();
    private final Div detail = new Div();

    UsersView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("dp-page");
        addClassName("dp-admin");

        text.setId("users-filter-text");
        text.setPlaceholder(getTranslation("accounts.users.filter.text"));
        text.getElement().setAttribute("aria-label", getTranslation("accounts.users.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        role.setId("users-filter-role");
        role.setLabel(getTranslation("accounts.users.filter.role"));
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("accounts.users.filter.any-role"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("accounts.users.filter.any-role") : label(r));
        text.addValueChangeListener(e -> refilter());
        role.addValueChangeListener(e -> refilter());
        Div filters = new Div(text, role);
        filters.addClassName("dp-admin-filters");

        users = DataProvider.<UserSummary, UserFilter>fromFilteringCallbacks(
                        query -> accounts
                                .listUsers(
                                        query.getFilter().orElse(UserFilter.ALL),
                                        PageRequest.of(query.getPage(), query.getPageSize()))
                                .stream(),
                        query -> (int) Math.min(
                                Integer.MAX_VALUE,
                                accounts.countUsers(query.getFilter().orElse(UserFilter.ALL))))
                .withConfigurableFilter();
        users.setFilter(UserFilter.ALL);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserSummary::email)
                .setHeader(getTranslation("accounts.users.column.email"))
                .setFlexGrow(2);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("accounts.users.column.name"));
        grid.addColumn(u -> u.roles().stream()
                        .sorted()
                        .map(this::label)
                        .collect(Collectors.joining(Languages.listSeparator(getLocale()))))
                .setHeader(getTranslation("accounts.users.column.roles"));
        grid.addColumn(u -> getTranslation(u.emailVerifiedAt() == null ? "common.no" : "common.yes"))
                .setHeader(getTranslation("accounts.users.column.verified"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(u -> format(u.createdAt()))
                .setHeader(getTranslation("accounts.users.column.created"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(users);
        grid.setHeight("24rem");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        detail.setId("user-detail");
        detail.addClassName("dp-panel");
        detail.setVisible(false);
        add(new H1(getTranslation("accounts.users.title")), filters, grid, detail);
    }

    private void refilter() {
        users.setFilter(new UserFilter(text.getValue(), role.getValue()));
    }

    private void show(UserSummary user) {
        detail.removeAll();
        detail.setVisible(user != null);
        if (user == null) {
            return;
        }
        detail.add(new H2(user.displayName() + " · " + user.email()));
        detail.add(new Paragraph(getTranslation("accounts.users.staff-roles")));
        Div buttons = new Div();
        buttons.addClassName("dp-admin-actions");
        for (Role staffRole : STAFF) {
            boolean has = user.roles().contains(staffRole);
            Button change = new Button(
                    getTranslation(has ? "accounts.users.revoke" : "accounts.users.grant", label(staffRole)));
            change.setId((has ? "revoke-" : "grant-") + staffRole.name().toLowerCase());
            change.addThemeVariants(has ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
            change.addClickListener(e -> confirm(user, staffRole, !has));
            buttons.add(change);
        }
        detail.add(buttons);
    }

    private void confirm(UserSummary user, Role staffRole, boolean grant) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(grant ? "accounts.users.grant" : "accounts.users.revoke", label(staffRole)));
        dialog.setText(getTranslation(
                grant ? "accounts.users.confirm.grant" : "accounts.users.confirm.revoke",
                label(staffRole),
                user.displayName(),
                user.email()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("accounts.users.confirm.cancel"));
        dialog.setConfirmText(getTranslation("accounts.users.confirm.ok"));
        dialog.addConfirmListener(e -> change(user, staffRole, grant));
        dialog.open();
    }

    private void change(UserSummary user, Role staffRole, boolean grant) {
        try {
            UserSummary changed =
                    grant ? accounts.grantRole(user.id(), staffRole) : accounts.revokeRole(user.id(), staffRole);
            users.refreshAll();
            show(changed);
            Notification.show(getTranslation("accounts.users.changed"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountException refused) {
            Notification.show(getTranslation(refused.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private String label(Role r) {
        return getTranslation("accounts.role." + r.name());
    }

    private String format(Instant instant) {
        return Times.format(getLocale(), instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.users.title") + " · " + getTranslation("app.name");
    }
}
