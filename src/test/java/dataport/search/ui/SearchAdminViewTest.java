package dataport.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dataport.IntegrationTest;
import dataport.catalog.CatalogService;
import dataport.search.RebuildAlreadyRunning;
import dataport.search.SearchAdministration;
import dataport.shared.Languages;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class SearchAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    SearchAdministration administration;

    @Autowired
    CatalogService catalog;

    @Value("${dataport.search.index-prefix}")
    String prefix;

    @Test
    @WithMockUser(roles = "BUYER")
    void onlyAnAdminMayOpenTheSearchIndexPage() {
        UI.getCurrent().navigate("admin/search");

        assertThat($(SearchAdminView.class).exists()).isFalse();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminSeesTheIndexInServiceAndItsCountAgainstTheDatabase() {
        navigate(SearchAdminView.class);

        assertThat($(Span.class).id("search-admin-index").getText()).startsWith(prefix + "-listings-");
        long published = catalog.countPublished();
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().untilAsserted(() -> {
            ((SearchAdminView) getCurrentView()).refresh();
            assertThat($(Span.class).id("search-admin-counts").getText()).isEqualTo(published + " / " + published);
        });
        assertThat($(Span.class).id("search-admin-pending").getText()).isEqualTo("0");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aRebuildShowsItsProgressAndASecondOneIsRefusedWhileItRuns() {
        navigate(SearchAdminView.class);
        SearchAdminView view = (SearchAdminView) getCurrentView();
        String before = $(Span.class).id("search-admin-index").getText();

        test($(Button.class).id("search-admin-rebuild")).click();

        // Started in the background: the page shows it at once, and a second rebuild is refused meanwhile.
        ProgressBar progress = $(ProgressBar.class).id("search-admin-progress");
        assertThat(progress.isVisible()).isTrue();
        assertThat($(Button.class).id("search-admin-rebuild").isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(1000);
        assertThatThrownBy(administration::startRebuild).isInstanceOf(RebuildAlreadyRunning.class);

        await().atMost(Duration.ofSeconds(60)).pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat($(Button.class).id("search-admin-rebuild").isEnabled()).isTrue();
        });
        assertThat(progress.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat($(Paragraph.class).id("search-admin-last").getText())
                .startsWith("Last rebuild finished")
                .contains(catalog.countPublished() + " listings");
        assertThat($(Span.class).id("search-admin-index").getText()).isNotEqualTo(before);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void thePageIsInChineseForAChineseReader() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(SearchAdminView.class);

        assertThat($(Button.class).id("search-admin-rebuild").getText()).isEqualTo("重建索引");
    }
}
