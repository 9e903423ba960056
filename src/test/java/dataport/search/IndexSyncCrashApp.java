package dataport.search;

import dataport.Application;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.catalog.ListingReview;
import dataport.catalog.ListingStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * The application as {@link IndexSyncCrashTest} runs it in a child JVM: started normally, then (with
 * {@code --crash.changes=true}) suspending and reinstating listings as fast as it can until the test kills it.
 * Prints {@code CHANGES STARTED} when the first change has committed.
 */
public final class IndexSyncCrashApp {

    private IndexSyncCrashApp() {}

    public static void main(String[] args) {
        // As @SpringBootTest runs it: a web application context on a mock servlet context, no server (Vaadin's dev
        // mode cannot serve from a test class path).
        SpringApplication application = new SpringApplication(Application.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setApplicationContextFactory(type -> new GenericWebApplicationContext(new MockServletContext()));
        ConfigurableApplicationContext context = application.run(args);
        System.out.println("APP STARTED");
        if (!Boolean.parseBoolean(context.getEnvironment().getProperty("crash.changes", "false"))) {
            return;
        }
        CatalogService catalog = context.getBean(CatalogService.class);
        ListingReview review = context.getBean(ListingReview.class);
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("staff", "", "ROLE_COMPLIANCE"));
        List<Long> ids = new ArrayList<>(catalog.publishedIds().subList(0, 40));
        Random random = new Random();
        long changes = 0;
        while (true) {
            long id = ids.get(random.nextInt(ids.size()));
            ListingDetails listing = catalog.details(List.of(id)).getFirst();
            if (listing.status() == ListingStatus.PUBLISHED) {
                review.suspend(id, listing.version(), "Crash test");
            } else {
                review.reinstate(id, listing.version());
            }
            if (++changes == 1) {
                System.out.println("CHANGES STARTED");
                System.out.flush();
            }
        }
    }
}
