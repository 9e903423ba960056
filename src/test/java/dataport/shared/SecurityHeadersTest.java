package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dataport.IntegrationTest;
import dataport.accounts.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What a security scanner checks: the response headers (the filter itself; e2e SecurityBasicsTest sees them on real
 * pages), and what an anonymous client can read of the health, through the security chain.
 */
@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    SecurityHeadersFilter headers;

    MockMvc mvc;

    @BeforeEach
    void throughTheSecurityFilters() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void everyResponseCarriesTheProtectiveHeaders() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        headers.doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());

        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Strict-Transport-Security"))
                .as("HSTS means nothing over plain HTTP and is left out there")
                .isNull();
    }

    @Test
    void httpsResponsesTellBrowsersToStayOnHttpsForAYear() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        headers.doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
    }

    @Test
    void anAnonymousClientSeesWhetherEachPartIsUpButNoDetails() throws Exception {
        String body =
                mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("\"status\"", "\"db\"", "\"elasticsearch\"");
        assertThat(body).doesNotContain("\"details\"", "\"path\"", "cluster_name", "MariaDB", "MySQL");
    }

    @Test
    void anAdminSeesTheDetails() throws Exception {
        String body = mvc.perform(get("/actuator/health").with(user("admin").roles(Role.ADMIN.name())))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("\"details\"");
    }

    @Test
    void theOtherActuatorEndpointsAreForAdminsOnly() throws Exception {
        assertThat(mvc.perform(get("/actuator/info")).andReturn().getResponse().getStatus())
                .isIn(302, 401, 403);
    }

    @Test
    void nothingDownstreamCanLoosenTheFramingRule() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        // As Vaadin does for its bootstrap page.
        var chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {}) {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse out) {
                ((HttpServletResponse) out).setHeader("X-Frame-Options", "SAMEORIGIN");
                ((HttpServletResponse) out).setHeader("Content-Type", "text/html");
            }
        };

        headers.doFilter(new MockHttpServletRequest("GET", "/"), response, chain);

        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Content-Type")).isEqualTo("text/html");
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }
}
