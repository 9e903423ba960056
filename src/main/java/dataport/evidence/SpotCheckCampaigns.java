package dataport.evidence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpotCheckCampaigns extends JpaRepository<SpotCheckCampaign, Long> {

    List<SpotCheckCampaign> findAllByOrderByIdDesc();
}
