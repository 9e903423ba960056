package dataport.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface ListingFileContents extends JpaRepository<ListingFileContent, Long> {}
