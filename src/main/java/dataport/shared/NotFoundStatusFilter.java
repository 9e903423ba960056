package dataport.shared;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Answers HTTP 404 for a page address that names nothing: no view has the route, or a module's {@link KnownPages}
 * says its subject does not exist. Vaadin still renders its translated not-found page; only the status changes, so
 * search engines and link checkers see what a reader sees. Runs after the security chain (a page the visitor may not
 * open is the security chain's answer, not this one).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class NotFoundStatusFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(NotFoundStatusFilter.class);

    private final List<KnownPages> knownPages;
    private final HandlerMapping controllers;

    NotFoundStatusFilter(
            List<KnownPages> knownPages, @Qualifier("requestMappingHandlerMapping") HandlerMapping controllers) {
        this.knownPages = knownPages;
        this.controllers = controllers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        // Only the first HTML request of a page: not Vaadin's own traffic, files, or the HTTP APIs.
        return !"GET".equals(request.getMethod())
                || request.getParameter("v-r") != null
                || path.contains(".")
                || path.startsWith("VAADIN/")
                || path.startsWith("api/")
                || path.startsWith("stripe/")
                || path.startsWith("actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isController(request) || isKnown(request, path(request))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                // Vaadin writes its page with 200; keep the 404 unless something worse happens.
                super.setStatus(status == SC_OK ? SC_NOT_FOUND : status);
            }
        });
    }

    /** A Spring MVC endpoint (file downloads, the public key) answers for itself. */
    private boolean isController(HttpServletRequest request) {
        try {
            return controllers.getHandler(request) != null;
        } catch (Exception e) {
            return false;
        }
    }

    private boolean isKnown(HttpServletRequest request, String path) {
        ApplicationRouteRegistry routes =
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        if (routes.getNavigationTarget(path).isEmpty()) {
            return false;
        }
        try {
            return knownPages.stream().filter(pages -> pages.owns(path)).allMatch(pages -> pages.exists(path));
        } catch (DataAccessException | TransactionException e) {
            // The database is unreachable (a primary restarting, a dead pooled connection): not this filter's to
            // answer. The view asks again and shows its translated "database unavailable" page if it still is;
            // thrown from here it would be a bare HTTP 500 (seen in the failover suite's scenario d).
            log.debug("Could not tell whether /{} exists; leaving it to the page", path, e);
            return true;
        }
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
