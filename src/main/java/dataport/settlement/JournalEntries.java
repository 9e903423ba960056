package dataport.settlement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface JournalEntries extends JpaRepository<JournalEntry, Long> {

    List<JournalEntry> findByOrderIdOrderByIdAsc(Long orderId);

    boolean existsByRefundRef(String refundRef);
}
