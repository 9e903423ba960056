package dataport.catalog;

import dataport.audit.AuditService;
import dataport.shared.Bilingual;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ADMIN's management of the two-level category tree: add, rename, reorder, delete when unused. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class CategoryAdmin {

    public static final int NAME_MAX = 120;
    public static final int CODE_MAX = 64;

    private final Categories categories;
    private final Listings listings;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    CategoryAdmin(Categories categories, Listings listings, AuditService audit, ApplicationEventPublisher events) {
        this.categories = categories;
        this.listings = listings;
        this.audit = audit;
        this.events = events;
    }

    /** A node of the tree: a track with its sub-tracks (children empty at the second level). */
    public record Node(String code, Bilingual name, long listingCount, List<Node> children) {}

    @Transactional(readOnly = true)
    public List<Node> tree() {
        List<Node> tracks = new ArrayList<>();
        for (Category track : categories.findByParentIdOrderByPositionAscIdAsc(null)) {
            List<Node> children = categories.findByParentIdOrderByPositionAscIdAsc(track.getId()).stream()
                    .map(c -> new Node(c.getCode(), c.getName(), listings.countByCategoryId(c.getId()), List.of()))
                    .toList();
            tracks.add(new Node(track.getCode(), track.getName(), listings.countByCategoryId(track.getId()), children));
        }
        return tracks;
    }

    /** Adds a track ({@code parentCode} null) or a sub-track at the end; codes are lower-case words with dashes. */
    public void add(String parentCode, String code, Bilingual name) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*") || code.length() > CODE_MAX) {
            errors.put("code", "admin.categories.error.code");
        } else if (categories.findByCode(code).isPresent()) {
            errors.put("code", "admin.categories.error.code-taken");
        }
        checkName(errors, name);
        Long parentId = null;
        if (parentCode != null) {
            Category parent = require(parentCode);
            if (parent.getParentId() != null) {
                errors.put("parent", "admin.categories.error.two-levels");
            }
            parentId = parent.getId();
        }
        if (!errors.isEmpty()) {
            throw new InvalidListing(errors);
        }
        int position = (int) categories.countByParentId(parentId);
        categories.save(new Category(code, parentId, name, position));
        audit.record("category.added", "category", code, null, name.en() + " / " + name.zh());
    }

    public void rename(String code, Bilingual name) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkName(errors, name);
        if (!errors.isEmpty()) {
            throw new InvalidListing(errors);
        }
        Category category = require(code);
        Bilingual before = category.getName();
        category.rename(name);
        listings.newVersionInCategory(category.getId());
        events.publishEvent(new CategoryRenamed(code));
        audit.record(
                "category.renamed", "category", code, before.en() + " / " + before.zh(), name.en() + " / " + name.zh());
    }

    /** Moves a category one place up ({@code -1}) or down ({@code +1}) among its siblings. */
    public void move(String code, int delta) {
        Category category = require(code);
        List<Category> siblings =
                new ArrayList<>(categories.findByParentIdOrderByPositionAscIdAsc(category.getParentId()));
        int from = siblings.indexOf(category);
        int to = Math.max(0, Math.min(siblings.size() - 1, from + Integer.signum(delta)));
        if (from == to) {
            return;
        }
        siblings.add(to, siblings.remove(from));
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).moveTo(i);
        }
    }

    /** Refused while a listing or a sub-track uses it. */
    public void delete(String code) {
        Category category = require(code);
        if (listings.countByCategoryId(category.getId()) > 0) {
            throw new InvalidListing(Map.of("delete", "admin.categories.error.in-use"));
        }
        if (categories.countByParentId(category.getId()) > 0) {
            throw new InvalidListing(Map.of("delete", "admin.categories.error.has-children"));
        }
        categories.delete(category);
        audit.record("category.deleted", "category", code, category.getName().en(), null);
    }

    private static void checkName(Map<String, String> errors, Bilingual name) {
        if (name == null || blank(name.en())) {
            errors.put("nameEn", "admin.categories.error.name");
        } else if (name.en().length() > NAME_MAX) {
            errors.put("nameEn", "workspace.form.error.too-long");
        }
        if (name == null || blank(name.zh())) {
            errors.put("nameZh", "admin.categories.error.name");
        } else if (name.zh().length() > NAME_MAX) {
            errors.put("nameZh", "workspace.form.error.too-long");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private Category require(String code) {
        return Optional.ofNullable(code)
                .flatMap(categories::findByCode)
                .orElseThrow(() -> new IllegalArgumentException("No category " + code));
    }
}
