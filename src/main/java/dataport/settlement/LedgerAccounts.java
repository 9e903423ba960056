package dataport.settlement;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LedgerAccounts extends JpaRepository<LedgerAccount, Long> {

    /** Creates the account if it does not exist yet (concurrent creators do not clash). */
    @Modifying
    @Query(
            value = "INSERT IGNORE INTO ledger_account (kind, party_id, currency, balance_minor, version)"
                    + " VALUES (:kind, :party, :currency, 0, 0)",
            nativeQuery = true)
    int ensure(@Param("kind") String kind, @Param("party") long partyId, @Param("currency") String currency);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LedgerAccount a where a.kind = :kind and a.partyId = :party and a.currency = :currency")
    Optional<LedgerAccount> findForUpdate(
            @Param("kind") AccountKind kind, @Param("party") long partyId, @Param("currency") String currency);

    Optional<LedgerAccount> findByKindAndPartyIdAndCurrency(AccountKind kind, long partyId, String currency);

    @Query("select a from LedgerAccount a where a.partyId = :party and a.kind in :kinds order by a.currency, a.kind")
    List<LedgerAccount> findOfParty(@Param("party") long partyId, @Param("kinds") List<AccountKind> kinds);
}
