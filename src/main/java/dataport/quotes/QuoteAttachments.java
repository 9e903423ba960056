package dataport.quotes;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuoteAttachments extends JpaRepository<QuoteAttachment, Long> {}
