package dataport.imports;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedMappings extends JpaRepository<SavedMapping, Long> {

    Optional<SavedMapping> findByOwner(String owner);
}
