package dataport.quotes;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface QuoteRequests extends JpaRepository<QuoteRequest, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from QuoteRequest q where q.id = :id")
    Optional<QuoteRequest> findForUpdate(long id);

    List<QuoteRequest> findByBuyerUserIdOrderByLastActivityAtDesc(long buyerUserId);

    List<QuoteRequest> findByMerchantIdOrderByLastActivityAtDesc(long merchantId);

    Optional<QuoteRequest> findByOrderId(long orderId);

    /** OFFERED requests whose offer's last day is before {@code today}: due to expire. */
    @Query("select q.id from QuoteRequest q where q.status = dataport.quotes.QuoteStatus.OFFERED"
            + " and q.offerValidUntil < :today order by q.id")
    List<Long> findDueToExpire(LocalDate today);
}
