package uk.nhs.screeningplanner.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.shared.ValidationException;

/** GP practices and their eligible women by cohort. */
@Service
public class PracticeService {

  private final ServiceSettingsService services;
  private final GpPracticeRepository practices;
  private final RecordWriter writer;

  PracticeService(
      ServiceSettingsService services, GpPracticeRepository practices, RecordWriter writer) {
    this.services = services;
    this.practices = practices;
    this.writer = writer;
  }

  @Transactional(readOnly = true)
  public Page<GpPractice> practices(String search, Pageable pageable) {
    return practices.findAll(matching(services.current(), search), pageable);
  }

  @Transactional(readOnly = true)
  public long count(String search) {
    return practices.count(matching(services.current(), search));
  }

  /** One practice as last saved, e.g. to reload it after someone else changed it. */
  @Transactional(readOnly = true)
  public GpPractice get(Long id) {
    return RecordWriter.existing(practices, id, "GP practice");
  }

  public GpPractice newPractice() {
    return new GpPractice(services.current(), "", "");
  }

  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @Transactional
  public GpPractice save(GpPractice practice) {
    List<String> problems = new ArrayList<>();
    if (practice.getHomeSite() != null
        && practice.getAlternativeSites().contains(practice.getHomeSite())) {
      problems.add("Alternative sites: the home site is already the first choice; remove it here");
    }
    if (practice.getEligibleTotal() == 0) {
      problems.add("Eligible women: a practice needs at least one eligible woman in some cohort");
    }
    practices
        .findByServiceAndOdsCode(practice.getService(), practice.getOdsCode())
        .filter(other -> !other.getId().equals(practice.getId()))
        .ifPresent(other -> problems.add("ODS code: " + other + " already uses this code"));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return writer.save(practice, practices, "GP practice", GpPractice::toString);
  }

  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @Transactional
  public void delete(GpPractice practice) {
    writer.delete(
        practice.getId(), practice.getVersion(), practices, "GP practice", GpPractice::toString);
  }

  private static Specification<GpPractice> matching(ScreeningService service, String search) {
    return Searches.inService(service, search, "name", "odsCode");
  }
}
