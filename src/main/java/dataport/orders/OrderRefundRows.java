package dataport.orders;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrderRefundRows extends JpaRepository<OrderRefund, Long> {

    boolean existsByStripeRefundId(String stripeRefundId);

    @Query("select coalesce(sum(r.amountMinor), 0) from OrderRefund r where r.orderId = :order")
    long refundedOf(@Param("order") long orderId);
}
