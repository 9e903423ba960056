package dataport.exhibits;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Exhibits extends JpaRepository<Exhibit, Long> {

    Optional<Exhibit> findBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, Long id);

    boolean existsBySlug(String slug);

    /** Themed exhibits live at {@code now}, in the home page's order: priority, then the earlier start. */
    default List<Exhibit> findLive(Instant now) {
        return findLiveBetween(now, now);
    }

    default List<Exhibit> findLiveHalls(Instant now) {
        return findLiveHallsBetween(now, now);
    }

    /** Themed exhibits live at some moment from {@code from} to {@code until}, in the home page's order. */
    @Query("select e from Exhibit e where e.state = dataport.exhibits.ExhibitState.PUBLISHED and e.hallTrack is null"
            + " and (e.startsAt is null or e.startsAt <= :until) and (e.endsAt is null or e.endsAt > :from)"
            + " order by e.priority desc, e.startsAt asc, e.id asc")
    List<Exhibit> findLiveBetween(Instant from, Instant until);

    @Query("select e from Exhibit e where e.state = dataport.exhibits.ExhibitState.PUBLISHED"
            + " and e.hallTrack is not null"
            + " and (e.startsAt is null or e.startsAt <= :until) and (e.endsAt is null or e.endsAt > :from)"
            + " order by e.priority desc, e.id asc")
    List<Exhibit> findLiveHallsBetween(Instant from, Instant until);

    @Query("select e from Exhibit e order by case when e.hallTrack is null then 0 else 1 end,"
            + " e.updatedAt desc, e.id desc")
    List<Exhibit> findAllForCuration();
}
