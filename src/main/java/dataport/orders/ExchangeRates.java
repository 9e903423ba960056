package dataport.orders;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExchangeRates extends JpaRepository<ExchangeRate, String> {

    List<ExchangeRate> findAllByOrderByCurrency();
}
