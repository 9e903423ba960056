package dataport.settlement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PayoutBatches extends JpaRepository<PayoutBatch, Long> {

    Optional<PayoutBatch> findByMessageId(String messageId);

    @Query("select b from PayoutBatch b order by b.createdAt desc, b.id desc")
    List<PayoutBatch> findLatest(Pageable page);
}
