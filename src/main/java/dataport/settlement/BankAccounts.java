package dataport.settlement;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BankAccounts extends JpaRepository<BankAccount, Long> {

    Optional<BankAccount> findByMerchantId(long merchantId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from BankAccount a where a.merchantId = :merchant")
    Optional<BankAccount> findForUpdate(@Param("merchant") long merchantId);

    @Query("select a from BankAccount a order by a.verifiedAt asc, a.updatedAt desc")
    List<BankAccount> findAllForStaff();

    @Query("select a from BankAccount a where a.verifiedAt is not null order by a.merchantId")
    List<BankAccount> findVerified();
}
