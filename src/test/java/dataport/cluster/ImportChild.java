package dataport.cluster;

import dataport.Application;
import dataport.catalog.DemoSignIn;
import dataport.imports.ImportMapping;
import dataport.imports.ImportReport;
import dataport.imports.ImportService;
import dataport.imports.Sheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.servlet.support.ServletContextApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * One bulk import in a JVM of its own, for the failover suite's scenario (f) ({@code ClusterFailoverSuite}): the suite
 * starts this JVM, SIGKILLs it at random moments while it imports, and checks what is left in the database. It starts
 * the application (the arguments after the file are its properties: database, index) without a web server (a mock
 * servlet context as in {@code @SpringBootTest}; {@code -Dimportchild.web=none}: no web context), signs in as the
 * demo merchant, imports the CSV file through {@link ImportService#run} exactly as the import page's background run
 * does, and prints one {@code IMPORTCHILD} line per step: READY, START, PROGRESS rows-done after every batch, DONE.
 *
 * <p>{@code java -cp <test classpath> dataport.cluster.ImportChild FILE --spring.datasource.url=… …}
 */
public final class ImportChild {

    private ImportChild() {}

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path file = Path.of(args[0]);
        SpringApplication application = new SpringApplication(Application.class);
        if ("none".equals(System.getProperty("importchild.web", "mock"))) {
            application.setWebApplicationType(WebApplicationType.NONE);
        } else {
            // As the failover suite's own node (@SpringBootTest's mock web environment): the whole application, its
            // web security and Vaadin beans included, without a server listening anywhere.
            MockServletContext servletContext = new MockServletContext();
            application.setWebApplicationType(WebApplicationType.SERVLET);
            application.setApplicationContextFactory(type -> new GenericWebApplicationContext());
            application.addInitializers(new ServletContextApplicationContextInitializer(servletContext, true));
        }
        ConfigurableApplicationContext context = application.run(Arrays.copyOfRange(args, 1, args.length));
        int status = 0;
        try {
            say("READY %d", (System.nanoTime() - started) / 1_000_000);
            DemoSignIn.as(context.getBean(AuthenticationProvider.class), DemoSignIn.MERCHANT);
            ImportService imports = context.getBean(ImportService.class);
            Sheet sheet = imports.read(file.getFileName().toString(), Files.readAllBytes(file));
            ImportMapping mapping = imports.suggestMapping(sheet);
            say("START %d", sheet.size());
            ImportReport report = imports.run(sheet, mapping, done -> say("PROGRESS %d", done));
            say(
                    "DONE created=%d updated=%d errors=%d millis=%d",
                    report.created(), report.updated(), report.errors().size(), report.millis());
            if (!report.errors().isEmpty()) {
                say(
                        "ERRORS %s",
                        report.errors().subList(0, Math.min(5, report.errors().size())));
            }
        } catch (RuntimeException e) {
            say("FAILED %s", e);
            status = 1;
        } finally {
            context.close();
        }
        System.exit(status);
    }

    private static void say(String format, Object... args) {
        System.out.println("IMPORTCHILD " + String.format(format, args));
        System.out.flush();
    }
}
