package dataport.evidence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpotCheckCases extends JpaRepository<SpotCheckCase, Long> {

    List<SpotCheckCase> findByCampaignIdOrderById(long campaignId);

    List<SpotCheckCase> findByMerchantIdOrderByIdDesc(long merchantId);
}
