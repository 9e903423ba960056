package dataport.settlement;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConnectReversals extends JpaRepository<ConnectReversal, String> {}
