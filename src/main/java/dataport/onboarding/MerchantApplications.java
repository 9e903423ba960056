package dataport.onboarding;

import dataport.merchants.Origin;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MerchantApplications extends JpaRepository<MerchantApplication, Long> {

    Optional<MerchantApplication> findFirstByApplicantIdOrderByIdDesc(long applicantId);

    @Query("""
            select a from MerchantApplication a
            where a.state <> dataport.onboarding.ApplicationState.DRAFT
              and (:state is null or a.state = :state)
              and (:origin is null or a.origin = :origin)
              and (:country is null or a.countryCode = :country)
            """)
    Page<MerchantApplication> queue(ApplicationState state, Origin origin, String country, Pageable pageable);

    @Query("""
            select count(a) from MerchantApplication a
            where a.state <> dataport.onboarding.ApplicationState.DRAFT
              and (:state is null or a.state = :state)
              and (:origin is null or a.origin = :origin)
              and (:country is null or a.countryCode = :country)
            """)
    long countQueue(ApplicationState state, Origin origin, String country);
}
