package dataport.settlement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConnectedAccounts extends JpaRepository<ConnectedAccount, Long> {

    Optional<ConnectedAccount> findByMerchantId(long merchantId);

    Optional<ConnectedAccount> findByStripeAccountId(String stripeAccountId);
}
