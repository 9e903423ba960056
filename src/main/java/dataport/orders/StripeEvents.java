package dataport.orders;

import org.springframework.data.jpa.repository.JpaRepository;

interface StripeEvents extends JpaRepository<StripeEvent, String> {

    long countByOrderId(Long orderId);
}
