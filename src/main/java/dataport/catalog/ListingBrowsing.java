package dataport.catalog;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The read side of browsing: published listings by category and by merchant, newest first, one page at a time. Only
 * ids come back; {@link CatalogService#details} loads them in one go. Backed by the indexes of V7.
 */
interface ListingBrowsing extends Repository<Listing, Long> {

    @Query("select l.categoryId, count(l) from Listing l where l.status = :status group by l.categoryId")
    List<Object[]> countByCategory(ListingStatus status);

    @Query("select l.id from Listing l where l.categoryId in :categoryIds and l.status = :status"
            + " order by l.publishedAt desc, l.id desc")
    List<Long> findIdsInCategories(Collection<Long> categoryIds, ListingStatus status, Pageable page);

    @Query("select l.id from Listing l where l.categoryId in :categoryIds and l.status = :status and l.id <> :exclude"
            + " order by l.publishedAt desc, l.id desc")
    List<Long> findIdsInCategoriesExcept(
            Collection<Long> categoryIds, ListingStatus status, long exclude, Pageable page);

    @Query("select l.categoryId from Listing l where l.id = :id and l.status = :status")
    List<Long> findCategoryIdOf(long id, ListingStatus status);

    @Query("select l.id from Listing l where l.merchantId = :merchantId and l.status = :status"
            + " order by l.publishedAt desc, l.id desc")
    List<Long> findIdsOfMerchant(long merchantId, ListingStatus status, Pageable page);

    @Query("select count(l) from Listing l where l.merchantId = :merchantId and l.status = :status")
    long countOfMerchant(long merchantId, ListingStatus status);
}
