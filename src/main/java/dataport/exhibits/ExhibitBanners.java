package dataport.exhibits;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExhibitBanners extends JpaRepository<ExhibitBanner, Long> {}
