package dataport.reviews;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Reviews extends JpaRepository<Review, Long> {

    Optional<Review> findByOrderId(long orderId);

    boolean existsByOrderId(long orderId);

    @Query("select r from Review r where r.listingId = :listingId and r.hiddenAt is null"
            + " order by r.writtenAt desc, r.id desc")
    List<Review> findVisible(long listingId, Pageable page);

    @Query("select count(r) from Review r where r.listingId = :listingId and r.hiddenAt is null")
    long countVisible(long listingId);

    @Query("select r from Review r where r.merchantId = :merchantId order by r.writtenAt desc, r.id desc")
    List<Review> findForMerchant(long merchantId, Pageable page);

    /**
     * Rows of listing id, count and sum of the visible ratings, and the sum of every review's version + 1 (hidden
     * ones too): it grows with each new review and each change of one, so it orders summaries in time.
     */
    @Query("select r.listingId,"
            + " sum(case when r.hiddenAt is null then 1 else 0 end),"
            + " sum(case when r.hiddenAt is null then r.rating else 0 end),"
            + " sum(r.version + 1)"
            + " from Review r where r.listingId in :listingIds group by r.listingId")
    List<Object[]> summarise(Collection<Long> listingIds);
}
