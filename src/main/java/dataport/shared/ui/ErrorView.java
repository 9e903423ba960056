package dataport.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any unexpected failure while opening a page: logged for us, a calm translated page for the visitor. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        boolean databaseDown = DatabaseUnavailable.isCause(parameter.getCaughtException());
        if (databaseDown) {
            log.warn(
                    "Could not open {}: the database is unavailable ({})",
                    event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
        } else {
            log.error("Error opening {}", event.getLocation().getPath(), parameter.getCaughtException());
        }
        removeAll();
        addClassName("dp-page");
        addClassName("dp-message-page");
        add(
                new H1(getTranslation("error.title")),
                new Paragraph(getTranslation(databaseDown ? "error.database-unavailable" : "error.text")),
                new Anchor("", getTranslation("not-found.home")));
        return databaseDown ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title") + " · " + getTranslation("app.name");
    }
}
