package dataport.compliance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RoutedOrders extends Repository<RoutedOrder, Long> {

    RoutedOrder save(RoutedOrder routed);

    Optional<RoutedOrder> findById(long orderId);

    /**
     * Orders routed to review whose hold the sweep has not closed and that may be over: never filed and routed before
     * {@code cutoff}, asked for more before {@code cutoff} and not filed again, approved until before {@code now}, or
     * refused.
     */
    @Query("""
            select r from RoutedOrder r
            where r.outcome = dataport.compliance.Outcome.NEEDS_REVIEW and r.holdClosedAt is null and (
              (r.routedAt <= :cutoff and not exists (select a from Assessment a where a.orderId = r.orderId))
              or exists (select a from Assessment a where a.orderId = r.orderId and (
                (a.status = dataport.compliance.AssessmentStatus.MORE_REQUESTED and a.decidedAt <= :cutoff)
                or (a.status = dataport.compliance.AssessmentStatus.APPROVED and a.expiresAt <= :now)
                or a.status = dataport.compliance.AssessmentStatus.REFUSED)))
            order by r.routedAt, r.orderId
            """)
    List<RoutedOrder> findStaleHolds(java.time.Instant cutoff, java.time.Instant now, Pageable page);

    @Query("select r from RoutedOrder r order by r.routedAt desc, r.orderId desc")
    List<RoutedOrder> findRecent(Pageable page);
}
