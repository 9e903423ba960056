package dataport.merchants;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Merchants extends JpaRepository<Merchant, Long> {

    Optional<Merchant> findBySlug(String slug);

    @Query("select count(distinct m.countryCode) from Merchant m")
    long countDistinctCountries();
}
