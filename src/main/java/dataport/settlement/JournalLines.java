package dataport.settlement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JournalLines extends JpaRepository<JournalLine, Long> {

    List<JournalLine> findByEntryId(long entryId);

    @Query("select coalesce(sum(l.amountMinor), 0) from JournalLine l where l.accountId = :account")
    long sumOfAccount(@Param("account") long accountId);
}
