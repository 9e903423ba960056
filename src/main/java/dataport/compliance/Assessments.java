package dataport.compliance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Assessments extends Repository<Assessment, Long> {

    Assessment save(Assessment assessment);

    Optional<Assessment> findById(long id);

    Optional<Assessment> findByOrderId(long orderId);

    @Query("select a from Assessment a where a.status = :status order by a.filedAt, a.id")
    List<Assessment> findInStatus(AssessmentStatus status);
}
