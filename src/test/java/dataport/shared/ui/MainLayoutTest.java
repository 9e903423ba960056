package dataport.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import dataport.IntegrationTest;
import dataport.catalog.CatalogService;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.catalog.ui.ListingView;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    CatalogService catalog;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void becomeAMerchantIsOfferedToBuyersOnlyNotToMerchantsOrStaff() {
        assertThat(routesFor(DemoSignIn.BUYER)).contains("onboarding");
        assertThat(routesFor(DemoSignIn.MERCHANT)).doesNotContain("onboarding").contains("workspace/listings");
        assertThat(routesFor(DemoSignIn.COMPLIANCE)).doesNotContain("onboarding");
        assertThat(routesFor("curator@dataport.example")).doesNotContain("onboarding");
        assertThat(routesFor(DemoSignIn.ADMIN)).doesNotContain("onboarding");
    }

    @Test
    void switchingLanguageRendersThePageAgainInPlaceWithoutAReload() {
        ListingDetails listing = catalog.recentlyPublished(1).getFirst();
        navigate("listings/" + listing.id(), ListingView.class);
        assertThat($(H1.class).first().getText())
                .isEqualTo(listing.content().title().en());
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        test($(Button.class).id("language-switch")).click();

        assertThat(getCurrentView()).isInstanceOf(ListingView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("listings/" + listing.id());
        assertThat($(H1.class).first().getText())
                .isEqualTo(listing.content().title().zh());
        assertThat($(Button.class).id("language-switch").getText()).isEqualTo("English");
        assertThat(navigationTexts()).contains("首页");
        List<String> scripts = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(i -> i.getExpression())
                .toList();
        assertThat(scripts).noneMatch(js -> js.contains("reload"));
        assertThat(scripts).anyMatch(js -> js.contains("document.cookie"));

        test($(Button.class).id("language-switch")).click();
        assertThat($(H1.class).first().getText())
                .isEqualTo(listing.content().title().en());
    }

    private List<String> routesFor(String email) {
        DemoSignIn.as(signIn, email);
        navigate("", com.vaadin.flow.component.Component.class);
        return $(Anchor.class, $(Nav.class).first()).all().stream()
                .map(a -> a.getElement().getAttribute("data-route"))
                .toList();
    }

    private List<String> navigationTexts() {
        return $(Anchor.class, $(Nav.class).first()).all().stream()
                .map(Anchor::getText)
                .toList();
    }
}
