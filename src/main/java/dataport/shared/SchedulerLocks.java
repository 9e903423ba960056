package dataport.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once per cluster, not once per app node: a job's {@code @Scheduled} entry point carries
 * ShedLock's {@code @SchedulerLock}, and the node that takes the job's row in table {@code shedlock} (V70) runs it
 * while the others skip that turn. Times come from the database server, so nodes with skewed clocks agree.
 *
 * <p>Each entry point is a thin method that calls the job's own method; tests call the job's method directly and are
 * not locked. Jobs that work on this node's own memory (the activity buffer's flush, the search index's retry and
 * live refresh, the Stripe emulator's webhook registration) stay unlocked on purpose.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLocks {

    static final String TABLE = "shedlock";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return provider(dataSource);
    }

    /** The provider every node uses: on the database's clock, table {@value #TABLE}. */
    static JdbcTemplateLockProvider provider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName(TABLE)
                .usingDbTime()
                .build());
    }
}
