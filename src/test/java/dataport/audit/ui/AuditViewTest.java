package dataport.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.audit.AuditService;
import dataport.shared.Languages;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@WithMockUser(username = "cora@dataport.example", roles = "COMPLIANCE")
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditService audit;

    @Autowired
    TransactionTemplate transaction;

    @Test
    @SuppressWarnings("unchecked")
    void filtersByActionAndSubjectNewestFirst() {
        String action = "view-test." + UUID.randomUUID();
        transaction.executeWithoutResult(s -> {
            audit.record(action, "merchant", "1", "{\"status\":\"ACTIVE\"}", "{\"status\":\"SUSPENDED\"}");
            audit.record(action, "merchant", "2", null, "second");
        });

        navigate(AuditView.class);
        Grid<?> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(2);

        test($(TextField.class).id("audit-action")).setValue(action);
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("cora@dataport.example");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("merchant #2");

        test($(TextField.class).id("audit-subject-id")).setValue("1");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 4)).contains("ACTIVE", "→", "SUSPENDED");

        test($(TextField.class).id("audit-actor")).setValue("somebody-else");
        assertThat(test(grid).size()).isZero();
    }

    @Test
    void showsJsonStatesIndented() {
        assertThat(AuditView.readable("{\"status\":\"ACTIVE\",\"reason\":\"x\"}"))
                .contains("\n");
        assertThat(AuditView.readable("plain text")).isEqualTo("plain text");
        assertThat(AuditView.readable("{not json")).isEqualTo("{not json");
    }

    @Test
    void speaksChinese() {
        UI.getCurrent().setLocale(Languages.CHINESE);

        navigate(AuditView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("审计日志");
        assertThat(((AuditView) getCurrentView()).getPageTitle()).startsWith("审计日志");
    }
}
