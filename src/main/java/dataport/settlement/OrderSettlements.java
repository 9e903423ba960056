package dataport.settlement;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrderSettlements extends JpaRepository<OrderSettlement, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from OrderSettlement s where s.orderId = :id")
    Optional<OrderSettlement> findForUpdate(@Param("id") long orderId);

    @Query("select s.orderId from OrderSettlement s where s.state = dataport.settlement.SettlementState.PENDING"
            + " and s.holdUntil <= :now order by s.holdUntil")
    List<Long> findDue(@Param("now") Instant now, Pageable page);
}
