package dataport.settlement;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PayoutRows extends JpaRepository<Payout, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payout p where p.id = :id")
    Optional<Payout> findForUpdate(@Param("id") long id);

    @Query("select p from Payout p where p.merchantId = :merchant order by p.createdAt desc, p.id desc")
    List<Payout> findOfMerchant(@Param("merchant") long merchantId, Pageable page);

    long countByMerchantId(long merchantId);
}
