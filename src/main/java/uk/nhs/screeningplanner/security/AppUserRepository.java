package uk.nhs.screeningplanner.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

  Optional<AppUser> findByUsername(String username);

  List<AppUser> findAllByOrderByUsername();

  long countByRoleAndEnabledTrue(Role role);
}
