package dataport.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The protective headers on every response, set before anything else runs. Spring Security's header writers do not
 * reach Vaadin's page responses (the bootstrap HTML left with Vaadin's own {@code X-Frame-Options: SAMEORIGIN} and
 * no policy), so the headers are set here, first, for pages, files and APIs alike, and nothing later may weaken the
 * framing rule.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * What pages may load. Vaadin's client engine needs inline and eval'd scripts and inline styles (its documented
     * minimum, "Content Security Policy" in the Vaadin docs); everything else comes from this origin only: images and
     * fonts are served by the app (data: and blob: for thumbnails and generated files), no plugins, no framing by
     * other sites, forms post only here. Stripe Checkout is a top-level navigation, which CSP does not restrict.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final String FRAME_OPTIONS = "X-Frame-Options";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader(FRAME_OPTIONS, "DENY");
        if (request.isSecure()) {
            // Only on HTTPS responses (a browser ignores it over HTTP): a year, sub-domains included.
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
