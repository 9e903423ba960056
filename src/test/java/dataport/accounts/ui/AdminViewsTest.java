package dataport.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.accounts.Role;
import dataport.accounts.UserSummary;
import dataport.mail.ui.MailView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class AdminViewsTest extends SpringBrowserlessTest {

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageInsteadOfTheUserList() {
        navigate("admin/users", LoginView.class);

        assertThat($(UsersView.class).exists()).isFalse();
        assertThat(navLinks()).doesNotContain("admin/users", "admin/mail");
    }

    @Test
    @WithMockUser(roles = "BUYER")
    void aBuyerMayNotOpenTheMailPage() {
        UI.getCurrent().navigate("admin/mail");

        assertThat($(MailView.class).exists()).isFalse();
        assertThat(navLinks()).doesNotContain("admin/users", "admin/mail");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminOpensTheMailPage() {
        navigate(MailView.class);

        assertThat($(Grid.class).id("mail-grid")).isNotNull();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminSeesTheUsersFiltersThemByRoleAndHasTheAdminLinks() {
        navigate(UsersView.class);

        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = $(Grid.class).id("users-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(5);

        @SuppressWarnings("unchecked")
        Select<Role> role = $(Select.class).id("users-filter-role");
        role.setValue(Role.COMPLIANCE);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).email()).isEqualTo("compliance@dataport.example");

        role.clear();
        $(TextField.class).id("users-filter-text").setValue("CURATOR@dataport");
        assertThat(test(grid).size()).isEqualTo(1);

        assertThat(navLinks()).contains("admin/users", "admin/mail");
    }

    private List<String> navLinks() {
        return $(Anchor.class).all().stream()
                .map(a -> a.getElement().getAttribute("data-route"))
                .filter(r -> r != null)
                .toList();
    }
}
