package dataport.exhibits;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExhibitChanges extends JpaRepository<ExhibitChange, Long> {

    List<ExhibitChange> findByExhibitIdOrderByChangedAtDescIdDesc(long exhibitId);
}
