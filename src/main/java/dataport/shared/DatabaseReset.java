package dataport.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Test and e2e runs start from an empty schema, so no run depends on what an earlier one left behind. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("dataport.database.reset-on-start")
class DatabaseReset {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
