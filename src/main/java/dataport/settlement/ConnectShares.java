package dataport.settlement;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConnectShares extends JpaRepository<ConnectShare, Long> {

    Optional<ConnectShare> findByOrderId(long orderId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ConnectShare s where s.id = :id")
    Optional<ConnectShare> findForUpdate(@Param("id") long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ConnectShare s where s.orderId = :order")
    Optional<ConnectShare> findForUpdateByOrderId(@Param("order") long orderId);

    @Query("select s.id from ConnectShare s where s.merchantId = :merchant and s.status = :status order by s.id")
    List<Long> findIdsOfMerchant(@Param("merchant") long merchantId, @Param("status") ConnectShare.Status status);

    @Query("select s.id from ConnectShare s where s.status = :status and s.updatedAt < :before order by s.id")
    List<Long> findIdsStuckSince(@Param("status") ConnectShare.Status status, @Param("before") Instant before);
}
