package dataport.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ListingFiles extends JpaRepository<ListingFile, Long> {

    List<ListingFile> findByListingIdOrderById(long listingId);

    List<ListingFile> findByIdIn(List<Long> ids);
}
