package dataport.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Users extends JpaRepository<User, Long> {

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("""
            select u.id from User u
            where (:pattern is null or lower(u.email) like :pattern or lower(u.displayName) like :pattern)
              and (:role is null or :role member of u.roles)
            order by u.createdAt desc, u.id desc
            """)
    List<Long> findIds(@Param("pattern") String pattern, @Param("role") Role role, Pageable page);

    @Query("""
            select count(u) from User u
            where (:pattern is null or lower(u.email) like :pattern or lower(u.displayName) like :pattern)
              and (:role is null or :role member of u.roles)
            """)
    long countMatching(@Param("pattern") String pattern, @Param("role") Role role);
}
