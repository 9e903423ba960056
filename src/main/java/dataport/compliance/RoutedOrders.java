package dataport.compliance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RoutedOrders extends Repository<RoutedOrder, Long> {

    RoutedOrder save(RoutedOrder routed);

    Optional<RoutedOrder> findById(long orderId);

    /** People of one kind the exporter sent abroad through DataPort in the year (lines that count only). */
    @Query("""
            select coalesce(sum(r.individuals), 0) from RoutedOrder r
            where r.merchantId = :merchantId and r.routedYear = :year and r.countsToTotal = true
              and r.personalInfo = :kind and r.individuals is not null
            """)
    long sumIndividuals(long merchantId, int year, PersonalInformation kind);

    @Query("select r from RoutedOrder r order by r.routedAt desc, r.orderId desc")
    List<RoutedOrder> findRecent(Pageable page);
}
