package dataport.onboarding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimInvitations extends JpaRepository<ClaimInvitation, Long> {

    Optional<ClaimInvitation> findByTokenHash(String tokenHash);

    List<ClaimInvitation> findByMerchantIdOrderByIdDesc(long merchantId);
}
