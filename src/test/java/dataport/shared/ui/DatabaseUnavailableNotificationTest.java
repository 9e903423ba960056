package dataport.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import dataport.IntegrationTest;
import dataport.shared.Languages;
import java.sql.SQLNonTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a user sees when a change is refused because the primary database cannot be reached (issue 16, scenario c). */
@IntegrationTest
class DatabaseUnavailableNotificationTest extends SpringBrowserlessTest {

    private final List<ErrorEvent> passedOn = new ArrayList<>();

    @Test
    void aChangeRefusedWhileThePrimaryIsDownShowsTheTranslatedMessageAndNoStackTrace() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        DatabaseUnavailable.handle(primaryDown(), passedOn::add);

        assertThat(passedOn).isEmpty();
        Notification shown = $(Notification.class).last();
        assertThat(shown.isOpened()).isTrue();
        assertThat(shown.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(text(shown))
                .isEqualTo("Your change was not saved: the database cannot be reached right now. Nothing was changed;"
                        + " please try again in a minute.")
                .doesNotContain("Exception");
    }

    @Test
    void inChineseTheRefusalIsInChinese() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        DatabaseUnavailable.handle(primaryDown(), passedOn::add);

        assertThat(text($(Notification.class).last())).isEqualTo("您的更改未能保存：数据库暂时无法连接。没有任何内容被更改，请一分钟后重试。");
    }

    @Test
    void anyOtherErrorKeepsVaadinsOwnHandling() {
        DatabaseUnavailable.handle(new ErrorEvent(new IllegalStateException("bug")), passedOn::add);

        assertThat(passedOn).hasSize(1);
        assertThat($(Notification.class).all()).isEmpty();
    }

    private static ErrorEvent primaryDown() {
        return new ErrorEvent(new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLNonTransientConnectionException("Communications link failure")));
    }

    private static String text(Notification notification) {
        return notification
                .getElement()
                .getProperty("text", notification.getElement().getTextRecursively());
    }
}
