package dataport.compliance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface RoutingRuleRows extends Repository<RoutingRule, Long> {

    RoutingRule save(RoutingRule rule);

    Optional<RoutingRule> findById(long id);

    List<RoutingRule> findAllByOrderByPositionAscCodeAsc();
}
