package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BundleCachingTest {

    private final BundleCaching filter = new BundleCaching();

    /** Serves the path as Vaadin's static file server does: an hour's lifetime for a file it found, none for a 404. */
    private MockHttpServletResponse serve(String path, boolean found) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res) {
                if (found) {
                    res.setHeader("Cache-Control", "max-age=3600");
                } else {
                    res.setStatus(404);
                }
            }
        }));
        return response;
    }

    @Test
    void aBundleFileWithAContentHashInItsNameIsCachedForAYear() throws Exception {
        assertThat(serve("/VAADIN/build/generated-flow-imports-t4nGUjc-.js", true)
                        .getHeader("Cache-Control"))
                .isEqualTo("max-age=31536000, immutable");
        assertThat(serve("/VAADIN/build/indexhtml-BNp73Egs.js", true).getHeader("Cache-Control"))
                .isEqualTo("max-age=31536000, immutable");
    }

    @Test
    void aMissingBundleFileIsNotCached() throws Exception {
        assertThat(serve("/VAADIN/build/indexhtml-00000000.js", false).getHeader("Cache-Control"))
                .isNull();
    }

    @Test
    void filesWithoutAHashKeepTheirOwnLifetime() throws Exception {
        assertThat(serve("/VAADIN/build/sw.js", true).getHeader("Cache-Control"))
                .isEqualTo("max-age=3600");
        assertThat(serve("/themes/dataport/styles.css", true).getHeader("Cache-Control"))
                .isEqualTo("max-age=3600");
    }
}
