package dataport.delivery;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FulfilmentNotes extends JpaRepository<FulfilmentNote, Long> {

    List<FulfilmentNote> findByOrderIdOrderByCreatedAtAsc(long orderId);
}
