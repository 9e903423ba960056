package dataport.merchants;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Merchants extends JpaRepository<Merchant, Long> {

    Optional<Merchant> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select count(distinct m.countryCode) from Merchant m")
    long countDistinctCountries();

    String NAME_MATCHES = """
            where :text is null or lower(m.name.en) like concat('%', :text, '%')
               or m.name.zh like concat('%', :text, '%') or m.slug like concat('%', :text, '%')
            """;

    @Query("select m from Merchant m " + NAME_MATCHES + " order by m.name.en, m.id")
    List<Merchant> findByNameContaining(String text, Pageable page);

    @Query("select count(m) from Merchant m " + NAME_MATCHES)
    long countByNameContaining(String text);
}
