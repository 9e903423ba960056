package dataport.delivery;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GatewaySecrets extends JpaRepository<GatewaySecret, Long> {

    Optional<GatewaySecret> findBySecretHash(String secretHash);
}
