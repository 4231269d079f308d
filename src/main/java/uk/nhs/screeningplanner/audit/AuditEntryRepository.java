package uk.nhs.screeningplanner.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

/** Insert and read only: no update or delete method exists, so the trail cannot be rewritten. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

  AuditEntry save(AuditEntry entry);

  Page<AuditEntry> findAll(Specification<AuditEntry> filter, Pageable pageable);

  long count(Specification<AuditEntry> filter);

  List<AuditEntry> findTop50ByOrderByIdDesc();
}
