package dataport.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read-only service (class) or query (method) whose answers may be a few seconds old: public listing, merchant
 * and search pages, home, public statistics. When a database replica is configured ({@code
 * DATAPORT_DATABASE_REPLICA_URL}), the read-only transactions of such methods read from the replica while it is up and
 * not lagging; every other transaction, and all of them without a replica, use the primary. The transaction must be
 * {@code @Transactional(readOnly = true)}: the routing is decided by the read-only flag plus this mark, when the
 * transaction first touches the database.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StaleReadsAllowed {}
