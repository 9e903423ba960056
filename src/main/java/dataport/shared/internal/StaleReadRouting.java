package dataport.shared.internal;

import dataport.shared.StaleReadsAllowed;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;

/**
 * The data source for read-only connections ({@code LazyConnectionDataSourceProxy#setReadOnlyDataSource}): the
 * replica when the current transaction belongs to a method or class marked {@link StaleReadsAllowed} and the
 * {@link ReplicaMonitor} says the replica is usable; otherwise the primary. The lazy proxy asks for the physical
 * connection only at the first statement, when Spring has already registered the transaction's name ({@code
 * package.Class.method}) and read-only flag.
 */
final class StaleReadRouting extends AbstractDataSource {

    private final DataSource primary;
    private final DataSource replica;
    private final ReplicaMonitor monitor;
    private final Map<String, Boolean> allowedByTransactionName = new ConcurrentHashMap<>();

    StaleReadRouting(DataSource primary, DataSource replica, ReplicaMonitor monitor) {
        this.primary = primary;
        this.replica = replica;
        this.monitor = monitor;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    DataSource target() {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && staleReadsAllowed(TransactionSynchronizationManager.getCurrentTransactionName())
                && monitor.replicaUsable()) {
            return replica;
        }
        return primary;
    }

    private boolean staleReadsAllowed(String transactionName) {
        if (transactionName == null) {
            return false;
        }
        return allowedByTransactionName.computeIfAbsent(transactionName, StaleReadRouting::marked);
    }

    /** {@code dataport.catalog.BrowseService.search}: the class, or a method of that name, carries the mark. */
    static boolean marked(String transactionName) {
        int dot = transactionName.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        Class<?> type;
        try {
            type = ClassUtils.forName(transactionName.substring(0, dot), ClassUtils.getDefaultClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
        String methodName = transactionName.substring(dot + 1);
        return type.isAnnotationPresent(StaleReadsAllowed.class)
                || Arrays.stream(type.getMethods())
                        .filter(method -> method.getName().equals(methodName))
                        .anyMatch(StaleReadRouting::isMarked);
    }

    private static boolean isMarked(Method method) {
        return method.isAnnotationPresent(StaleReadsAllowed.class);
    }
}
