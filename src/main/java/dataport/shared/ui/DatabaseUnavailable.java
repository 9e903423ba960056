package dataport.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * When the database (the primary, in a cluster) cannot be reached, a change is refused with a calm translated
 * notification ("nothing was saved, try again in a minute") instead of Vaadin's default handling; the failed
 * transaction was rolled back or never began, so nothing is half-written. Pages that fail to open for the same reason
 * say so in {@link ErrorView}. Any other error keeps Vaadin's default handling.
 */
@Component
public class DatabaseUnavailable implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /** True when the failure, or one of its causes, is the database not answering. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        DefaultErrorHandler fallback = new DefaultErrorHandler();
        event.getSource()
                .addSessionInitListener(
                        session -> session.getSession().setErrorHandler(error -> handle(error, fallback)));
    }

    /** Refuses with the notification when the database is the cause and a page is open; else the fallback handles it. */
    static void handle(ErrorEvent error, com.vaadin.flow.server.ErrorHandler fallback) {
        if (isCause(error.getThrowable()) && UI.getCurrent() != null) {
            refuse(error);
        } else {
            fallback.error(error);
        }
    }

    private static void refuse(ErrorEvent error) {
        log.warn(
                "Change refused, the database is unavailable: {}",
                error.getThrowable().toString());
        UI ui = UI.getCurrent();
        Notification notification = new Notification(ui.getTranslation("error.database-unavailable.change"), 8_000);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().setAttribute("role", "alert");
        notification.open();
    }
}
