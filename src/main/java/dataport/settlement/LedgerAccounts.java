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

    /**
     * Creates the account if it does not exist yet, holding an exclusive lock on it either way (a concurrent creator's
     * row is not written twice; unlike {@code INSERT IGNORE}, the duplicate path takes no shared lock to upgrade later).
     */
    @Modifying
    @Query(
            value = "INSERT INTO ledger_account (kind, party_id, currency, balance_minor, version)"
                    + " VALUES (:kind, :party, :currency, 0, 0) ON DUPLICATE KEY UPDATE id = id",
            nativeQuery = true)
    int ensure(@Param("kind") String kind, @Param("party") long partyId, @Param("currency") String currency);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LedgerAccount a where a.kind = :kind and a.partyId = :party and a.currency = :currency")
    Optional<LedgerAccount> findForUpdate(
            @Param("kind") AccountKind kind, @Param("party") long partyId, @Param("currency") String currency);

    /** A plain read: takes no lock (a locking read of a missing row would lock the gap). */
    boolean existsByKindAndPartyIdAndCurrency(AccountKind kind, long partyId, String currency);

    Optional<LedgerAccount> findByKindAndPartyIdAndCurrency(AccountKind kind, long partyId, String currency);

    @Query("select a from LedgerAccount a where a.partyId = :party and a.kind in :kinds order by a.currency, a.kind")
    List<LedgerAccount> findOfParty(@Param("party") long partyId, @Param("kinds") List<AccountKind> kinds);
}
