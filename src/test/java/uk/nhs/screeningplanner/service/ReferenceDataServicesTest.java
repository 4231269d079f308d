package uk.nhs.screeningplanner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.shared.ConcurrentEditException;
import uk.nhs.screeningplanner.shared.ValidationException;

/** Validation and optimistic locking of reference data, through the services a view calls. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "manager", roles = "SERVICE_MANAGER")
class ReferenceDataServicesTest {

  @Autowired StaffService staffService;
  @Autowired SiteService siteService;
  @Autowired UnitCalendarService calendarService;
  @Autowired ServiceSettingsService settings;
  @Autowired ScreeningServiceRepository services;
  @Autowired StaffMemberRepository staffRepository;

  @BeforeEach
  void aServiceExists() {
    if (!settings.anyServiceExists()) {
      services.save(new ScreeningService("TEST", "Test Breast Screening Service"));
    }
  }

  private StaffMember mammographer(String code) {
    StaffMember member = staffService.newStaffMember();
    member.setStaffCode(code);
    member.setName("Jo Example " + code);
    member.setSkills(Set.of(Skill.MAMMOGRAPHER));
    return member;
  }

  @Test
  void aValidStaffMemberIsSavedWithAVersion() {
    StaffMember saved = staffService.save(mammographer("M100"));
    assertThat(saved.getId()).isNotNull();
    assertThat(staffRepository.findById(saved.getId())).isPresent();
  }

  @Test
  void fieldRulesAreReportedByFieldAndNothingIsSaved() {
    StaffMember member = mammographer("bad code");
    member.setName(" ");
    member.setContractedSessionsPerWeek(20);
    long before = staffRepository.count();

    assertThatThrownBy(() -> staffService.save(member))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "Contracted sessions per week: must be less than or equal to 14",
                        "Name: must not be blank",
                        "Staff code: use capital letters, digits and hyphens only"));
    assertThat(staffRepository.count()).isEqualTo(before);
  }

  @Test
  void aReaderWithoutAReadingRateIsRefused() {
    StaffMember reader = mammographer("R200");
    reader.setSkills(Set.of(Skill.ARBITRATOR));
    assertThatThrownBy(() -> staffService.save(reader))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "Reading rate per hour: readers need a reading rate (domain.md: about 45 an"
                            + " hour)",
                        "Skills: an arbitrator must also be an image reader"));
  }

  @Test
  void aDuplicateStaffCodeIsRefusedWithTheNameOfTheHolder() {
    staffService.save(mammographer("M300"));
    assertThatThrownBy(() -> staffService.save(mammographer("M300")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Staff code: Jo Example M300 (M300) already uses this code");
  }

  @Test
  void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
    StaffMember saved = staffService.save(mammographer("M400"));
    StaffMember first = staffService.get(saved.getId());
    StaffMember second = staffService.get(saved.getId());

    first.setContractedSessionsPerWeek(8);
    staffService.save(first);
    second.setContractedSessionsPerWeek(6);

    assertThatThrownBy(() -> staffService.save(second))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageContaining("changed by someone else")
        .hasMessageContaining("Reload");
    assertThat(staffService.get(saved.getId()).getContractedSessionsPerWeek()).isEqualTo(8);
  }

  @Test
  void searchesMatchCodeOrNameIgnoringCaseAndFilterBySkill() {
    staffService.save(mammographer("SRCH1"));
    var pageable = org.springframework.data.domain.PageRequest.of(0, 20);
    assertThat(staffService.staff("srch1", null, pageable))
        .extracting(StaffMember::getStaffCode)
        .containsExactly("SRCH1");
    assertThat(staffService.staff("JO EXAMPLE SRCH", Skill.MAMMOGRAPHER, pageable))
        .extracting(StaffMember::getStaffCode)
        .containsExactly("SRCH1");
    assertThat(staffService.staff("SRCH1", Skill.READER, pageable)).isEmpty();
  }

  @Test
  void aVanCannotBeInTwoPlacesAtOnce() {
    Site pitchA = pitch("PA");
    Site pitchB = pitch("PB");
    ScreeningUnit van = siteService.newUnit();
    van.setCode("V9");
    van.setName("Van nine");
    van = siteService.save(van);
    calendarService.save(
        calendarService
            .newEntry(van, pitchA)
            .withDates(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 26)));

    UnitCalendarEntry clash =
        calendarService
            .newEntry(van, pitchB)
            .withDates(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 3, 26));
    assertThatThrownBy(() -> calendarService.save(clash))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "V9 Van nine is already at PA Pitch PA from 2027-01-04 to 2027-02-26");
  }

  @Test
  void aCalendarEntryOnABlackoutIsRefused() {
    Site pitch = siteService.newSite();
    pitch.setCode("XMAS");
    pitch.setName("Supermarket");
    pitch.setBlackouts(
        List.of(
            new BlackoutPeriod(LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 3), "Christmas")));
    pitch = siteService.save(pitch);
    ScreeningUnit van = siteService.newUnit();
    van.setCode("V8");
    van.setName("Van eight");
    van = siteService.save(van);
    UnitCalendarEntry entry =
        calendarService
            .newEntry(van, pitch)
            .withDates(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 18));
    assertThatThrownBy(() -> calendarService.save(entry))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("blacked out 2026-12-14 to 2027-01-03 (Christmas)");
  }

  @Test
  void inconsistentProgrammeSettingsAreRefused() {
    ScreeningService current = settings.current();
    current.setMinStaffPerSession(3);
    current.setBusyStaffPerSession(2);
    assertThatThrownBy(() -> settings.save(current))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "Busy staff per session: must be at least the minimum staff per session");
  }

  private Site pitch(String code) {
    Site site = siteService.newSite();
    site.setCode(code);
    site.setName("Pitch " + code);
    return siteService.save(site);
  }
}
