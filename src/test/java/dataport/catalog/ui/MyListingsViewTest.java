package dataport.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class MyListingsViewTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationProvider signIn;

    @BeforeEach
    void signInAsTheDemoMerchant() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onAPhoneTheGridKeepsTitleAndStatusAndShowsCategoryAndDateUnderTheTitle() {
        MyListingsView view = navigate(MyListingsView.class);
        // navigate() returns Spring's proxy of the view (method security): its fields read null, so find the grid.
        Grid<?> grid = $(Grid.class).id("my-listings");

        view.fit(390);
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(2);
        assertThat(grid.hasClassName("dp-narrow")).isTrue();

        view.fit(1280);
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(4);
        assertThat(grid.hasClassName("dp-narrow")).isFalse();
    }
}
