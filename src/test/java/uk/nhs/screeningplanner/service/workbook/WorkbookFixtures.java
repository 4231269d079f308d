package uk.nhs.screeningplanner.service.workbook;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.BlackoutPeriod;
import uk.nhs.screeningplanner.service.DemandOverride;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteKind;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;
import uk.nhs.screeningplanner.service.UnitKind;
import uk.nhs.screeningplanner.spreadsheet.SpreadsheetLimits;

/** A small, complete service built in memory (never saved), and helpers to write and read it. */
final class WorkbookFixtures {

  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private WorkbookFixtures() {}

  /** One of every kind of record, with every optional value filled in somewhere. */
  static StoredService smallService(String code) {
    ScreeningService service = new ScreeningService(code, "Test Breast Screening Service");
    service.setHostTrust("Test Teaching Hospitals NHS Trust");
    service.setUptakeFirstCall(new BigDecimal("0.61"));
    service.setAiSecondReader(true);
    Site hospital = new Site(service, "HOSP", "General Hospital", SiteKind.STATIC);
    hospital.setRooms(3);
    hospital.setAssessmentCapable(true);
    hospital.setPostcode("LS1 3EX");
    hospital.setLatitude(new BigDecimal("53.801234"));
    hospital.setLongitude(new BigDecimal("-1.548765"));
    Site pitch = new Site(service, "TESCO", "Tesco car park", SiteKind.MOBILE_PITCH);
    pitch.setBlackouts(
        List.of(
            new BlackoutPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 3), "Christmas")));
    ScreeningUnit van = new ScreeningUnit(service, "VAN1", "Van one", UnitKind.MOBILE_VAN);
    van.setRegistration("AB12 CDE");
    ScreeningUnit room = new ScreeningUnit(service, "ROOM1", "Room one", UnitKind.STATIC_ROOM);
    room.setStaticSite(hospital);
    room.setLanes(2);
    UnitCalendarEntry entry =
        new UnitCalendarEntry(van, pitch, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 26));
    entry.setNote("Spring visit");
    GpPractice practice = new GpPractice(service, "B86001", "Park Lane Surgery");
    practice.setEligibleFirstCall(120);
    practice.setEligiblePreviousAttender(700);
    practice.setEligiblePreviousNonAttender(180);
    practice.setLastFirstOfferedDate(LocalDate.of(2024, 2, 12));
    practice.setHomeSite(pitch);
    practice.setAlternativeSites(Set.of(hospital));
    practice.setImdQuintile(2);
    practice.setHistoricUptake(new BigDecimal("0.6712"));
    StaffMember reader = new StaffMember(service, "R01", "Dr Ada Reader");
    reader.setSkills(Set.of(Skill.READER, Skill.ARBITRATOR));
    reader.setReadingRatePerHour(45);
    reader.setReadsThisYear(3100);
    reader.setFirstReadsThisYear(900);
    reader.setBaseSite(hospital);
    StaffMember mammographer = new StaffMember(service, "M01", "Jo Mammographer");
    mammographer.setSkills(Set.of(Skill.MAMMOGRAPHER));
    mammographer.setContractedSessionsPerWeek(8);
    Availability leave =
        new Availability(
            reader,
            LocalDate.of(2027, 1, 11),
            LocalDate.of(2027, 1, 15),
            PartOfDay.ALL_DAY,
            AvailabilityKind.UNAVAILABLE,
            "Annual leave");
    Availability wish =
        new Availability(
            mammographer,
            LocalDate.of(2027, 2, 1),
            LocalDate.of(2027, 2, 1),
            PartOfDay.PM,
            AvailabilityKind.DESIRED,
            null);
    DemandOverride demand = new DemandOverride(service, LocalDate.of(2027, 1, 4));
    demand.setUnit(van);
    demand.setExpectedScreens(210);

    StoredService stored = new StoredService(service);
    stored.add(SettingsSheet.SHEET, service);
    stored.addAll(SitesSheet.SHEET, List.of(hospital, pitch));
    stored.add(BlackoutsSheet.SHEET, SiteBlackout.of(pitch, pitch.getBlackouts().get(0)));
    stored.addAll(UnitsSheet.SHEET, List.of(van, room));
    stored.add(PracticesSheet.SHEET, practice);
    stored.addAll(StaffSheet.SHEET, List.of(reader, mammographer));
    stored.add(CalendarSheet.SHEET, entry);
    stored.addAll(AvailabilitySheet.SHEET, List.of(leave, wish));
    stored.add(DemandSheet.SHEET, demand);
    return stored;
  }

  static byte[] write(List<WorkbookService> services) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ServiceWorkbookWriter.write(out, services);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ServiceWorkbook read(byte[] file) {
    try {
      Path path = Files.createTempFile("workbook-test", ".xlsx");
      try {
        Files.write(path, file);
        return new ServiceWorkbookReader(VALIDATOR, SpreadsheetLimits.standard())
            .read(path, message -> {});
      } finally {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
