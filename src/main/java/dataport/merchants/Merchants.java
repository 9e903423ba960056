package dataport.merchants;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Merchants extends JpaRepository<Merchant, Long> {

    Optional<Merchant> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** Merchants named exactly {@code name} (English name ignoring case, Chinese name, or slug). */
    @Query("select m from Merchant m where lower(m.name.en) = lower(:name) or m.name.zh = :name or m.slug = :name"
            + " order by m.id")
    List<Merchant> findByExactName(String name);

    /** Candidates for many exact names at once (the caller picks each name's merchant); {@code lower}: lower-cased. */
    @Query("select m from Merchant m where lower(m.name.en) in :lower or m.name.zh in :names or m.slug in :names"
            + " order by m.id")
    List<Merchant> findByExactNames(java.util.Collection<String> lower, java.util.Collection<String> names);

    /** The slugs taken that are {@code base} or {@code base-…}: what a new slug from {@code base} must avoid. */
    @Query("select m.slug from Merchant m where m.slug = :base or m.slug like concat(:base, '-%')")
    List<String> findSlugsStartingWith(String base);

    @Query("select m.slug from Merchant m where m.slug in :slugs")
    List<String> findSlugsIn(java.util.Collection<String> slugs);

    @Query("select m.createdAt from Merchant m")
    List<java.time.Instant> findCreationTimes();

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
