package dataport.exhibits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import dataport.IntegrationTest;
import dataport.search.ui.SearchView;
import dataport.shared.Languages;
import dataport.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;

@IntegrationTest
class ExhibitViewTest extends SpringBrowserlessTest {

    @Test
    void aHallShowsItsTitleIntroductionAndItems() {
        navigate("exhibits/hall-quantum", ExhibitView.class);

        assertThat($(H1.class).id("exhibit-title").getElement().getTextRecursively())
                .isEqualTo("Quantum computing");
        assertThat($(Div.class).id("exhibit-intro").getElement().toString())
                .contains("<strong>Quantum computing</strong>");
        assertThat($(Div.class).withClassName("dp-exhibit-item").all()).isNotEmpty();
    }

    @Test
    void inChineseTheHallSpeaksChinese() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(SearchView.class);
        navigate("exhibits/hall-quantum", ExhibitView.class);

        assertThat($(H1.class).id("exhibit-title").getElement().getTextRecursively())
                .isEqualTo("量子计算");
        assertThat($(Span.class).withClassName("dp-lang-tag").exists())
                .as("nothing falls back")
                .isFalse();
    }

    @Test
    void anUnknownOrUnpublishedExhibitIsNotFound() {
        navigate("exhibits/no-such-exhibit", NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
