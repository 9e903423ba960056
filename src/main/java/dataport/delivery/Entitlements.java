package dataport.delivery;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Entitlements extends JpaRepository<Entitlement, Long> {

    Optional<Entitlement> findByOrderId(long orderId);

    /** Locked, so two downloads started at once cannot both take the last one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Entitlement e where e.orderId = :orderId")
    Optional<Entitlement> findByOrderIdForUpdate(long orderId);

    @Query(
            "select e from Entitlement e where e.listingId = :listingId and e.kind = dataport.delivery.EntitlementKind.DOWNLOAD"
                    + " and e.deliverableId is null")
    List<Entitlement> awaitingFile(long listingId);
}
