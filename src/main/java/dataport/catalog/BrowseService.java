package dataport.catalog;

import dataport.shared.StaleReadsAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How buyers browse the published catalogue without searching: the tracks with their counts, one category's listings
 * a page at a time, a listing's related listings and a merchant's listings. Everything here is public information.
 */
@Service
@Transactional(readOnly = true)
@StaleReadsAllowed
public class BrowseService {

    /** The largest page anyone may ask for, so a hand-made URL cannot load the whole catalogue at once. */
    public static final int MAX_PAGE_SIZE = 60;

    private final ListingBrowsing browsing;
    private final Categories categories;
    private final CatalogService catalog;

    BrowseService(ListingBrowsing browsing, Categories categories, CatalogService catalog) {
        this.browsing = browsing;
        this.categories = categories;
        this.catalog = catalog;
    }

    /** Every track in its order, with its sub-tracks, each with the number of published listings in it. */
    public List<TrackOverview> tracks() {
        Tree tree = tree();
        Map<Long, Long> counts = publishedCounts();
        List<TrackOverview> tracks = new ArrayList<>();
        for (Category track : tree.tracks()) {
            tracks.add(overview(tree, track, counts));
        }
        return tracks;
    }

    /** Whether a category has this code (its page exists even while it holds no listing). */
    public boolean hasCategory(String code) {
        return categories.findByCode(code).isPresent();
    }

    /**
     * A category and one page of its published listings, newest first: a track's page holds the listings of all its
     * sub-tracks (and any filed under the track itself). Empty when there is no such category.
     */
    public Optional<CategoryPage> category(String code, int page, int pageSize) {
        Tree tree = tree();
        Category category = tree.byCode().get(code);
        if (category == null) {
            return Optional.empty();
        }
        Map<Long, Long> counts = publishedCounts();
        TrackOverview overview = category.getParentId() == null ? overview(tree, category, counts) : null;
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(category.getId());
        tree.children(category).forEach(c -> ids.add(c.getId()));
        long total = ids.stream().mapToLong(id -> counts.getOrDefault(id, 0L)).sum();
        Pageable pageable = pageable(page, pageSize);
        List<ListingDetails> listings =
                catalog.details(browsing.findIdsInCategories(ids, ListingStatus.PUBLISHED, pageable));
        return Optional.of(new CategoryPage(
                tree.ref(category),
                overview == null ? List.of() : overview.subTracks(),
                new ListingPage(listings, pageable.getPageNumber(), pageable.getPageSize(), total)));
    }

    /**
     * Up to {@code limit} published listings like the given one: from its sub-track first, then from the rest of its
     * track; never the listing itself. Empty for a listing that is not published.
     */
    public List<ListingDetails> related(long listingId, int limit) {
        List<Long> found = browsing.findCategoryIdOf(listingId, ListingStatus.PUBLISHED);
        if (found.isEmpty() || limit <= 0) {
            return List.of();
        }
        Tree tree = tree();
        Category category = tree.byId().get(found.getFirst());
        Pageable first = PageRequest.of(0, Math.min(limit, MAX_PAGE_SIZE));
        List<Long> ids = new ArrayList<>(browsing.findIdsInCategoriesExcept(
                Set.of(category.getId()), ListingStatus.PUBLISHED, listingId, first));
        if (ids.size() < limit) {
            Category track =
                    category.getParentId() == null ? category : tree.byId().get(category.getParentId());
            Set<Long> rest = new LinkedHashSet<>();
            rest.add(track.getId());
            tree.children(track).forEach(c -> rest.add(c.getId()));
            rest.remove(category.getId());
            if (!rest.isEmpty()) {
                ids.addAll(browsing.findIdsInCategoriesExcept(
                        rest, ListingStatus.PUBLISHED, listingId, PageRequest.of(0, limit - ids.size())));
            }
        }
        return catalog.details(ids);
    }

    /** One page of a merchant's published listings, newest first, and how many there are in all. */
    public ListingPage publishedBy(long merchantId, int page, int pageSize) {
        Pageable pageable = pageable(page, pageSize);
        long total = browsing.countOfMerchant(merchantId, ListingStatus.PUBLISHED);
        List<ListingDetails> listings =
                catalog.details(browsing.findIdsOfMerchant(merchantId, ListingStatus.PUBLISHED, pageable));
        return new ListingPage(listings, pageable.getPageNumber(), pageable.getPageSize(), total);
    }

    private static Pageable pageable(int page, int pageSize) {
        return PageRequest.of(Math.max(0, page), Math.clamp(pageSize, 1, MAX_PAGE_SIZE));
    }

    private TrackOverview overview(Tree tree, Category track, Map<Long, Long> counts) {
        List<CategoryCount> subTracks = tree.children(track).stream()
                .map(c -> new CategoryCount(tree.ref(c), counts.getOrDefault(c.getId(), 0L)))
                .toList();
        long total = counts.getOrDefault(track.getId(), 0L)
                + subTracks.stream().mapToLong(CategoryCount::listings).sum();
        return new TrackOverview(tree.ref(track), total, subTracks);
    }

    private Map<Long, Long> publishedCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : browsing.countByCategory(ListingStatus.PUBLISHED)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private Tree tree() {
        List<Category> all = categories.findAll(Sort.by("position", "id"));
        Map<Long, Category> byId = new HashMap<>();
        Map<String, Category> byCode = new HashMap<>();
        all.forEach(c -> {
            byId.put(c.getId(), c);
            byCode.put(c.getCode(), c);
        });
        return new Tree(all, byId, byCode);
    }

    private record Tree(List<Category> all, Map<Long, Category> byId, Map<String, Category> byCode) {

        List<Category> tracks() {
            return all.stream().filter(c -> c.getParentId() == null).toList();
        }

        List<Category> children(Category parent) {
            return all.stream()
                    .filter(c -> parent.getId().equals(c.getParentId()))
                    .toList();
        }

        CategoryRef ref(Category c) {
            Category parent = c.getParentId() == null ? null : byId.get(c.getParentId());
            return new CategoryRef(
                    c.getCode(),
                    c.getName(),
                    parent == null ? null : new CategoryRef(parent.getCode(), parent.getName(), null));
        }
    }

    /** A category and how many published listings it holds. */
    public record CategoryCount(CategoryRef category, long listings) {}

    /** A track, its published listings in all (its own and its sub-tracks'), and its sub-tracks with theirs. */
    public record TrackOverview(CategoryRef track, long listings, List<CategoryCount> subTracks) {}

    /** A category's page: the category, its sub-tracks (for a track) and one page of listings. */
    public record CategoryPage(CategoryRef category, List<CategoryCount> subTracks, ListingPage listings) {}

    /** One page (zero-based) of listings and the total across all pages. */
    public record ListingPage(List<ListingDetails> listings, int page, int pageSize, long total) {

        public int pageCount() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }
}
