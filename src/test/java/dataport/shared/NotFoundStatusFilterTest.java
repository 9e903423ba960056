package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerMapping;

class NotFoundStatusFilterTest {

    private static final HandlerMapping NO_CONTROLLERS = request -> null;

    private final MockServletContext servletContext = new MockServletContext();

    NotFoundStatusFilterTest() {
        ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .setRoute("listings/:id", Div.class, List.of());
    }

    /** Pages under listings/ whose subject is decided by {@code exists}. */
    private static KnownPages listings(java.util.function.Predicate<String> exists) {
        return new KnownPages() {
            @Override
            public boolean owns(String path) {
                return path.startsWith("listings/");
            }

            @Override
            public boolean exists(String path) {
                return exists.test(path);
            }
        };
    }

    private MockHttpServletResponse get(KnownPages pages, String path) throws Exception {
        NotFoundStatusFilter filter = new NotFoundStatusFilter(List.of(pages), NO_CONTROLLERS);
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(chain.getRequest()).as("the page is still rendered").isNotNull();
        return response;
    }

    @Test
    void aListingThatDoesNotExistAnswers404() throws Exception {
        assertThat(get(listings(path -> false), "/listings/999").getStatus()).isEqualTo(404);
        assertThat(get(listings(path -> true), "/listings/2").getStatus()).isEqualTo(200);
        assertThat(get(listings(path -> true), "/no-such-page").getStatus()).isEqualTo(404);
    }

    @Test
    void anUnreachableDatabaseLeavesThePageToTheViewInsteadOfABare500() throws Exception {
        KnownPages failing = listings(path -> {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
        });

        MockHttpServletResponse response = get(failing, "/listings/2");

        assertThat(response.getStatus()).isEqualTo(200);
    }
}
