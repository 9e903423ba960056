package dataport.catalog;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Listings extends JpaRepository<Listing, Long> {

    Slice<Listing> findByStatus(ListingStatus status, Pageable pageable);

    long countByStatus(ListingStatus status);

    @Query("select l.publishedAt from Listing l where l.status = dataport.catalog.ListingStatus.PUBLISHED")
    List<java.time.Instant> findPublicationTimes();

    @Query("select l.id from Listing l where l.status = :status order by l.id")
    List<Long> findIdsByStatus(ListingStatus status);

    /** A page of published listings' ids and last change times, [id, updatedAt], in id order. */
    @Query("select l.id, l.updatedAt from Listing l where l.status = dataport.catalog.ListingStatus.PUBLISHED"
            + " order by l.id")
    List<Object[]> findPublishedIdsAndChanges(Pageable pageable);

    @Query("select max(l.updatedAt) from Listing l where l.status = dataport.catalog.ListingStatus.PUBLISHED")
    java.time.Instant findLastPublishedChange();

    @Query("select l.id from Listing l where l.merchantId = :merchantId order by l.updatedAt desc, l.id desc")
    List<Long> findIdsByMerchantIdOrderByUpdatedAtDesc(long merchantId);

    @Query("select l.id from Listing l where l.merchantId = :merchantId and l.status = :status"
            + " order by l.publishedAt desc, l.id desc")
    List<Long> findIdsByMerchantIdAndStatus(Long merchantId, ListingStatus status);

    @Query("select l from Listing l where l.merchantId = :merchantId"
            + " and (:status is null or l.status = :status)"
            + " and (:text is null or lower(l.title.en) like :text or lower(l.title.zh) like :text)")
    Page<Listing> findForWorkspace(long merchantId, ListingStatus status, String text, Pageable pageable);

    @Query("select l from Listing l where (l.status = dataport.catalog.ListingStatus.IN_REVIEW"
            + " or l.revisionState = dataport.catalog.RevisionState.IN_REVIEW)"
            + " and (:text is null or lower(l.title.en) like :text or lower(l.title.zh) like :text)")
    Page<Listing> findAwaitingReview(String text, Pageable pageable);

    /** Per merchant, how many listings await review: [merchantId, count]. */
    @Query("select l.merchantId, count(l) from Listing l where l.status = dataport.catalog.ListingStatus.IN_REVIEW"
            + " or l.revisionState = dataport.catalog.RevisionState.IN_REVIEW group by l.merchantId")
    List<Object[]> countAwaitingReviewByMerchant();

    @Query(
            "select l from Listing l where l.merchantId = :merchantId and (l.status = dataport.catalog.ListingStatus.IN_REVIEW"
                    + " or l.revisionState = dataport.catalog.RevisionState.IN_REVIEW) order by l.submittedAt, l.id")
    List<Listing> findAwaitingReviewOf(long merchantId);

    @Query(
            "select l from Listing l where l.merchantId = :merchantId and l.status = dataport.catalog.ListingStatus.DRAFT"
                    + " order by l.id")
    List<Listing> findDraftsOf(long merchantId);

    long countByCategoryId(long categoryId);

    /**
     * A new version for every listing of the category or of its child categories: their public state (the category's
     * name) changed, and the search index only takes a listing's state when its version is newer than what it has.
     */
    @Modifying
    @Query("update Listing l set l.version = l.version + 1 where l.categoryId = :categoryId"
            + " or l.categoryId in (select c.id from Category c where c.parentId = :categoryId)")
    int newVersionInCategory(long categoryId);

    /** Listings of the category or of its child categories (a track's). */
    @Query("select l.id from Listing l where l.status = :status and (l.categoryId = :categoryId"
            + " or l.categoryId in (select c.id from Category c where c.parentId = :categoryId)) order by l.id")
    List<Long> findIdsByStatusAndCategory(ListingStatus status, long categoryId);

    /**
     * Listings of any of the merchants with any of the external ids: an import batch's candidates in one query (the
     * caller pairs merchant and id), where a query per merchant cost two queries a row when most rows create one.
     */
    @EntityGraph(attributePaths = {"plans"})
    List<Listing> findByMerchantIdInAndExternalIdIn(Collection<Long> merchantIds, Collection<String> externalIds);

    /** As {@link #findByMerchantIdInAndExternalIdIn}, by source URL. */
    @EntityGraph(attributePaths = {"plans"})
    List<Listing> findByMerchantIdInAndSourceUrlIn(Collection<Long> merchantIds, Collection<String> sourceUrls);

    @EntityGraph(attributePaths = {"plans"})
    List<Listing> findWithPlansByIdIn(List<Long> ids);
}
