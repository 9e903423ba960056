package dataport.shared.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

/**
 * Only with a replica ({@code dataport.database.replica.url}, env {@code DATAPORT_DATABASE_REPLICA_URL}): the
 * application's one {@code DataSource} becomes a {@link LazyConnectionDataSourceProxy} over two Hikari pools. Writes
 * and ordinary reads go to the primary ({@code spring.datasource.*}); read-only transactions marked {@code
 * StaleReadsAllowed} go to the replica while {@link ReplicaProbe} finds it current (see {@link ReplicaMonitor}). Both
 * pools take the {@code spring.datasource.hikari.*} settings; the replica pool has its own size ({@code
 * dataport.database.replica.pool-size}). Without a replica URL this class does nothing and Boot's single pool stays.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReadReplicaConfiguration.ReplicaConfigured.class)
class ReadReplicaConfiguration {

    static final class ReplicaConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("dataport.database.replica.url"));
        }
    }

    @Bean(destroyMethod = "close")
    ReplicaProbe replicaProbe(Environment environment, ReplicaMonitorHolder holder) {
        ReplicaProbe probe = new ReplicaProbe(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("dataport.database.replica.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"),
                holder.monitor());
        probe.start(environment.getProperty(
                "dataport.database.replica.check-interval", Duration.class, Duration.ofSeconds(2)));
        return probe;
    }

    @Bean
    ReplicaMonitorHolder replicaMonitorHolder(Environment environment) {
        return new ReplicaMonitorHolder(new ReplicaMonitor(
                environment.getProperty("dataport.database.replica.max-lag", Duration.class, Duration.ofSeconds(10))));
    }

    @Bean(destroyMethod = "close")
    RoutingPools routingPools(Environment environment, ReplicaMonitorHolder holder) {
        HikariDataSource primary =
                pool(environment, "primary", environment.getRequiredProperty("spring.datasource.url"), null);
        HikariDataSource replica = pool(
                environment,
                "replica",
                environment.getRequiredProperty("dataport.database.replica.url"),
                environment.getProperty("dataport.database.replica.pool-size", Integer.class));
        return new RoutingPools(primary, replica, holder.monitor());
    }

    @Bean
    @Primary
    DataSource dataSource(RoutingPools pools) {
        return pools.dataSource();
    }

    private static HikariDataSource pool(Environment environment, String name, String url, Integer size) {
        HikariConfig config = new HikariConfig();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(config));
        config.setJdbcUrl(url);
        config.setUsername(environment.getProperty("spring.datasource.username"));
        config.setPassword(environment.getProperty("spring.datasource.password"));
        config.setPoolName("dataport-" + name);
        if (size != null) {
            config.setMaximumPoolSize(size);
        }
        if (name.equals("replica")) {
            // A replica that is down when a node starts must not stop the node: the probe keeps reads off it.
            config.setInitializationFailTimeout(-1);
        }
        return new HikariDataSource(config);
    }

    /** Holds the monitor as a bean without making the package-private type part of any public signature. */
    record ReplicaMonitorHolder(ReplicaMonitor monitor) {}

    /** The two pools and the proxy over them, closed together. */
    static final class RoutingPools implements AutoCloseable {
        private final HikariDataSource primary;
        private final HikariDataSource replica;
        private final LazyConnectionDataSourceProxy proxy;

        RoutingPools(HikariDataSource primary, HikariDataSource replica, ReplicaMonitor monitor) {
            this.primary = primary;
            this.replica = replica;
            this.proxy = routing(primary, replica, monitor);
        }

        DataSource dataSource() {
            return proxy;
        }

        @Override
        public void close() {
            replica.close();
            primary.close();
        }
    }

    /** The routing itself, also used by tests with pools of their own. */
    static LazyConnectionDataSourceProxy routing(DataSource primary, DataSource replica, ReplicaMonitor monitor) {
        LazyConnectionDataSourceProxy proxy = new LazyConnectionDataSourceProxy(primary);
        proxy.setReadOnlyDataSource(new StaleReadRouting(primary, replica, monitor));
        return proxy;
    }
}
