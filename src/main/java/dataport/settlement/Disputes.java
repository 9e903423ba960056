package dataport.settlement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Disputes extends JpaRepository<Dispute, Long> {

    Optional<Dispute> findByStripeDisputeId(String stripeDisputeId);

    @Query("select d from Dispute d where d.orderId = :order and d.status = dataport.settlement.Dispute.Status.OPEN")
    Optional<Dispute> findOpenOf(@Param("order") long orderId);

    List<Dispute> findByOrderIdOrderByIdDesc(long orderId);

    @Query(
            "select d from Dispute d order by case when d.status = dataport.settlement.Dispute.Status.OPEN then 0 else 1 end,"
                    + " d.openedAt desc, d.id desc")
    List<Dispute> findOpenFirst(Pageable page);
}
