package uk.nhs.screeningplanner.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.shared.NotFoundException;
import uk.nhs.screeningplanner.shared.ValidationException;

/** The screening service being planned, and its programme settings. */
@Service
public class ServiceSettingsService {

  private final ScreeningServiceRepository services;
  private final RecordWriter writer;

  ServiceSettingsService(ScreeningServiceRepository services, RecordWriter writer) {
    this.services = services;
    this.writer = writer;
  }

  /** The service the app plans for: the first one created (one service per installation). */
  @Transactional(readOnly = true)
  public ScreeningService current() {
    return services
        .findFirstByOrderByIdAsc()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "No screening service is set up yet. Import a service workbook or start with"
                        + " sample data."));
  }

  @Transactional(readOnly = true)
  public boolean anyServiceExists() {
    return services.count() > 0;
  }

  @Transactional(readOnly = true)
  public List<ScreeningService> all() {
    return services.findAll();
  }

  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @Transactional
  public ScreeningService save(ScreeningService settings) {
    checkConsistent(settings);
    services
        .findByCode(settings.getCode())
        .filter(other -> !other.getId().equals(settings.getId()))
        .ifPresent(
            other -> {
              throw new ValidationException(
                  "Code: another service already uses the code " + settings.getCode());
            });
    return writer.save(settings, services, "screening service", s -> s.getCode());
  }

  private static void checkConsistent(ScreeningService s) {
    List<String> problems = new ArrayList<>();
    if (s.getBusyStaffPerSession() < s.getMinStaffPerSession()) {
      problems.add("Busy staff per session: must be at least the minimum staff per session");
    }
    if (s.getReadingUrgentDays() < s.getReadingPriorityDays()) {
      problems.add("Reading urgent days: must be at least the reading priority days");
    }
    if (s.getMinFirstReadsPerYear() > s.getMinReadsPerYear()
        || s.getMinScreeningReadsPerYear() > s.getMinReadsPerYear()) {
      problems.add(
          "Minimum reads per year: must be at least the first-read and screening minimums");
    }
    if (s.getAmSessionStart() != null
        && s.getPmSessionStart() != null
        && s.getAmSessionStart()
            .plusMinutes(s.getAmSessionMinutes())
            .isAfter(s.getPmSessionStart())) {
      problems.add("PM session start: the morning session must end before the afternoon starts");
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }
}
