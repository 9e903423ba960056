package dataport.quotes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;

/** The frame of the quotes pages: their class names and a translated title. */
abstract class QuotePage extends Div implements HasDynamicTitle {

    private final String titleKey;

    QuotePage(String titleKey) {
        this.titleKey = titleKey;
        addClassNames("dp-page", "dp-quotes");
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
