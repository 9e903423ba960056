package dataport.quotes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuoteMessages extends JpaRepository<QuoteMessage, Long> {

    List<QuoteMessage> findByRequestIdOrderByIdAsc(long requestId);
}
