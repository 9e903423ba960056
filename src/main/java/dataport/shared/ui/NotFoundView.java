package dataport.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Any unknown address, or a listing that does not exist (any more): a translated page, status 404. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("dp-page");
        addClassName("dp-message-page");
        H1 title = new H1(getTranslation("not-found.title"));
        Paragraph text = new Paragraph(getTranslation("not-found.text"));
        Anchor home = new Anchor("", getTranslation("not-found.home"));
        Anchor browse = new Anchor(MainLayout.SEARCH_ROUTE, getTranslation("not-found.browse"));
        Div links = new Div(home, browse);
        links.addClassName("dp-links");
        add(title, text, links);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title") + " · " + getTranslation("app.name");
    }
}
