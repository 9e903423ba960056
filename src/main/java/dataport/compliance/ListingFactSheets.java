package dataport.compliance;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ListingFactSheets extends Repository<ListingFactSheet, Long> {

    ListingFactSheet save(ListingFactSheet sheet);

    Optional<ListingFactSheet> findById(long listingId);
}
