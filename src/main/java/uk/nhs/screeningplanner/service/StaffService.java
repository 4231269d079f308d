package uk.nhs.screeningplanner.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.shared.ValidationException;

/** Staff, their skills and working limits, and their leave and preferences. */
@Service
public class StaffService {

  private final ServiceSettingsService services;
  private final StaffMemberRepository staff;
  private final AvailabilityRepository availability;
  private final RecordWriter writer;
  private final java.time.Clock clock;

  StaffService(
      ServiceSettingsService services,
      StaffMemberRepository staff,
      AvailabilityRepository availability,
      RecordWriter writer,
      java.time.Clock clock) {
    this.clock = clock;
    this.services = services;
    this.staff = staff;
    this.availability = availability;
    this.writer = writer;
  }

  @Transactional(readOnly = true)
  public Page<StaffMember> staff(String search, Skill skill, Pageable pageable) {
    return staff.findAll(matching(services.current(), search, skill), pageable);
  }

  @Transactional(readOnly = true)
  public long count(String search, Skill skill) {
    return staff.count(matching(services.current(), search, skill));
  }

  @Transactional(readOnly = true)
  public List<StaffMember> allStaff() {
    return staff.findByServiceOrderByName(services.current());
  }

  @Transactional(readOnly = true)
  public StaffMember get(Long id) {
    return RecordWriter.existing(staff, id, "staff member");
  }

  public StaffMember newStaffMember() {
    return new StaffMember(services.current(), "", "");
  }

  @RolesAllowed({Roles.MANAGER, Roles.ROTA, Roles.ADMIN})
  @Transactional
  public StaffMember save(StaffMember member) {
    List<String> problems = new ArrayList<>();
    boolean reads = member.has(Skill.READER) || member.has(Skill.ARBITRATOR);
    if (reads && member.getReadingRatePerHour() == null) {
      problems.add(
          "Reading rate per hour: readers need a reading rate (domain.md: about 45 an hour)");
    }
    if (member.has(Skill.ARBITRATOR) && !member.has(Skill.READER)) {
      problems.add("Skills: an arbitrator must also be an image reader");
    }
    Integer reading = member.getReadingSessionsPerWeek();
    if (reading != null && reading > member.getContractedSessionsPerWeek()) {
      problems.add(
          "Reading sessions a week: cannot be more than the contracted sessions ("
              + member.getContractedSessionsPerWeek()
              + ")");
    }
    if (member.getFirstReadsThisYear() > member.getReadsThisYear()) {
      problems.add("First reads this year: cannot be more than reads this year");
    }
    staff
        .findByServiceAndStaffCode(member.getService(), member.getStaffCode())
        .filter(other -> !other.getId().equals(member.getId()))
        .ifPresent(other -> problems.add("Staff code: " + other + " already uses this code"));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return writer.save(member, staff, "staff member", StaffMember::toString);
  }

  @Transactional(readOnly = true)
  public List<Availability> availabilityOf(StaffMember member) {
    return availability.findByStaffOrderByStartDate(member);
  }

  public Availability newAvailability(StaffMember member) {
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    return new Availability(
        member, today, today, PartOfDay.ALL_DAY, AvailabilityKind.UNAVAILABLE, "");
  }

  @RolesAllowed({Roles.MANAGER, Roles.ROTA, Roles.ADMIN})
  @Transactional
  public Availability save(Availability entry) {
    if (entry.getStartDate() != null
        && entry.getEndDate() != null
        && entry.getEndDate().isBefore(entry.getStartDate())) {
      throw new ValidationException("End date: must be on or after the start date");
    }
    return writer.save(entry, availability, "availability", StaffService::describe);
  }

  @RolesAllowed({Roles.MANAGER, Roles.ROTA, Roles.ADMIN})
  @Transactional
  public void delete(Availability entry) {
    writer.delete(
        entry.getId(), entry.getVersion(), availability, "availability", StaffService::describe);
  }

  static String describe(Availability a) {
    return a.getKind().label().toLowerCase(Locale.ROOT)
        + " for "
        + a.getStaff().getName()
        + ", "
        + a.getStartDate()
        + " to "
        + a.getEndDate()
        + " ("
        + a.getPartOfDay().label().toLowerCase(Locale.ROOT)
        + ")";
  }

  private static Specification<StaffMember> matching(
      ScreeningService service, String search, Skill skill) {
    Specification<StaffMember> filter = Searches.inService(service, search, "name", "staffCode");
    if (skill != null) {
      filter = filter.and((root, query, cb) -> cb.isMember(skill, root.get("skills")));
    }
    return filter;
  }
}
