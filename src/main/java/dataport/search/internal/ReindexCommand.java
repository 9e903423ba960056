package dataport.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ./dataport reindex}: with {@code dataport.search.reindex-and-exit=true} the application rebuilds the index of
 * the configured database and Elasticsearch, logs its progress, and exits (status 0, or 1 when the rebuild failed).
 * Runs before anything else at start, so no demo data is loaded first.
 */
@Component
@Order(-20)
@ConditionalOnBooleanProperty("dataport.search.reindex-and-exit")
class ReindexCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReindexCommand.class);

    private final IndexMaintenance maintenance;
    private final ApplicationContext context;

    ReindexCommand(IndexMaintenance maintenance, ApplicationContext context) {
        this.maintenance = maintenance;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = 0;
        try {
            maintenance.rebuild("command line");
        } catch (Exception e) {
            log.error("Reindex failed", e);
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
