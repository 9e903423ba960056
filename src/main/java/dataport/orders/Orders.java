package dataport.orders;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Orders extends JpaRepository<Order, Long> {

    Optional<Order> findByCheckoutKey(String checkoutKey);

    Optional<Order> findByStripeSessionId(String sessionId);

    List<Order> findByStripeSubscriptionId(String subscriptionId);

    List<Order> findByPaymentRef(String paymentRef);

    /** The row locked for the transaction: a webhook, the return page and reconciliation settle one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.id = :id")
    Optional<Order> findForUpdate(@Param("id") long id);

    @Query("select o from Order o where o.buyerUserId = :buyer order by o.createdAt desc, o.id desc")
    List<Order> findByBuyer(@Param("buyer") long buyerUserId, Pageable page);

    long countByBuyerUserId(long buyerUserId);

    @Query(
            "select o from Order o where o.merchantId = :merchant and o.status <> dataport.orders.OrderStatus.PENDING_PAYMENT"
                    + " and o.status <> dataport.orders.OrderStatus.CANCELLED order by o.createdAt desc, o.id desc")
    List<Order> findSalesOf(@Param("merchant") long merchantId, Pageable page);

    @Query(
            "select count(o) from Order o where o.merchantId = :merchant and o.status <> dataport.orders.OrderStatus.PENDING_PAYMENT"
                    + " and o.status <> dataport.orders.OrderStatus.CANCELLED")
    long countSalesOf(@Param("merchant") long merchantId);

    @Query("select o.id from Order o where o.status = dataport.orders.OrderStatus.PENDING_PAYMENT"
            + " and o.createdAt < :before order by o.createdAt")
    List<Long> findPendingCreatedBefore(@Param("before") Instant before, Pageable page);

    long countByStatus(OrderStatus status);
}
