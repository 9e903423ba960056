package dataport.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append and read only: deliberately a plain {@link Repository}, so there is no delete or update method at all. */
interface AuditEvents extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    String MATCHES = """
            where (:actor is null or e.actor like concat('%', :actor, '%'))
              and (:action is null or e.action like concat('%', :action, '%'))
              and (:subjectType is null or e.subjectType = :subjectType)
              and (:subjectId is null or e.subjectId = :subjectId)
              and (:from is null or e.occurredAt >= :from)
              and (:until is null or e.occurredAt < :until)
            """;

    @Query("select e from AuditEvent e " + MATCHES + " order by e.occurredAt desc, e.id desc")
    List<AuditEvent> find(
            @Param("actor") String actor,
            @Param("action") String action,
            @Param("subjectType") String subjectType,
            @Param("subjectId") String subjectId,
            @Param("from") Instant from,
            @Param("until") Instant until,
            Pageable page);

    @Query("select count(e) from AuditEvent e " + MATCHES)
    long count(
            @Param("actor") String actor,
            @Param("action") String action,
            @Param("subjectType") String subjectType,
            @Param("subjectId") String subjectId,
            @Param("from") Instant from,
            @Param("until") Instant until);

    @Query("select distinct e.subjectType from AuditEvent e order by e.subjectType")
    List<String> subjectTypes();
}
