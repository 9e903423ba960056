package dataport.merchants;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Entries are kept for the record: revoked, never deleted, so there is no delete method. */
interface WhitelistEntries extends Repository<WhitelistEntry, Long> {

    WhitelistEntry save(WhitelistEntry entry);

    Optional<WhitelistEntry> findById(long id);

    String VALID_ON = "e.revokedAt is null and e.validFrom <= :day and (e.validTo is null or e.validTo >= :day)";

    @Query("select e from WhitelistEntry e where e.merchantId in :merchantIds and " + VALID_ON
            + " order by e.validFrom, e.id")
    List<WhitelistEntry> findValidOn(Collection<Long> merchantIds, LocalDate day);

    @Query("select count(e) > 0 from WhitelistEntry e where e.merchantId = :merchantId and " + VALID_ON)
    boolean existsValidOn(long merchantId, LocalDate day);

    /** Entries in one state as of {@code day}; {@code state} null means all. */
    String IN_STATE = """
            where (:merchantId is null or e.merchantId = :merchantId)
              and (:state is null
                or (:state = 'CURRENT' and e.revokedAt is null and e.validFrom <= :day
                    and (e.validTo is null or e.validTo >= :day))
                or (:state = 'UPCOMING' and e.revokedAt is null and e.validFrom > :day)
                or (:state = 'EXPIRED' and e.revokedAt is null and e.validTo < :day)
                or (:state = 'REVOKED' and e.revokedAt is not null))
            """;

    @Query("select e from WhitelistEntry e " + IN_STATE + " order by e.grantedAt desc, e.id desc")
    List<WhitelistEntry> findInState(Long merchantId, String state, LocalDate day, Pageable page);

    @Query("select count(e) from WhitelistEntry e " + IN_STATE)
    long countInState(Long merchantId, String state, LocalDate day);
}
