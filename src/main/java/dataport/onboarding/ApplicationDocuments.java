package dataport.onboarding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationDocuments extends JpaRepository<ApplicationDocument, Long> {

    List<ApplicationDocument> findByApplicationIdOrderById(long applicationId);
}
