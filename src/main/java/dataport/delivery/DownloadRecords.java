package dataport.delivery;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface DownloadRecords extends JpaRepository<DownloadRecord, Long> {

    List<DownloadRecord> findByEntitlementIdOrderByStartedAtDesc(long entitlementId);

    /** Written as the bytes go out, in its own transaction: a broken connection still leaves the count. */
    @Transactional
    @Modifying
    @Query("update DownloadRecord d set d.bytesSent = :bytes, d.completed = :completed where d.id = :id")
    void progress(long id, long bytes, boolean completed);
}
