package dataport.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A year's cache lifetime for the frontend bundle's files. Their names carry a hash of their content
 * ({@code /VAADIN/build/indexhtml-BNp73Egs.js}): a new build gives new names, so a cached copy can never be stale.
 * Vaadin serves them with an hour only (it gives a year to names containing {@code .cache.}), so a returning visitor
 * re-downloaded about 1.3 MB of JavaScript after every hour away. Other files keep Vaadin's and Spring's headers.
 */
@Component
class BundleCaching extends OncePerRequestFilter {

    static final String IMMUTABLE = "max-age=31536000, immutable";
    private static final String CACHE_CONTROL = "Cache-Control";

    /** A Vite output name, {@code name-<8 characters of hash>.js|.css}, in the bundle's folder. */
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css)$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HASHED.matcher(request.getRequestURI()).find();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Where Vaadin sets its lifetime, that is when it serves the file: a missing file's 404 stays uncached.
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, CACHE_CONTROL.equalsIgnoreCase(name) ? IMMUTABLE : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if (CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.setHeader(name, IMMUTABLE);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
