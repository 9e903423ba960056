package dataport.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Categories extends JpaRepository<Category, Long> {

    Optional<Category> findByCode(String code);

    List<Category> findByParentIdOrderByPositionAscIdAsc(Long parentId);

    long countByParentId(Long parentId);
}
