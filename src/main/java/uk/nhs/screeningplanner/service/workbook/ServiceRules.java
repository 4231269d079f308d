package uk.nhs.screeningplanner.service.workbook;

import java.time.LocalDate;
import uk.nhs.screeningplanner.service.BlackoutPeriod;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteKind;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;
import uk.nhs.screeningplanner.service.UnitKind;
import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.ValueTypes;

/**
 * The rules the reference-data services add to Bean Validation when a form saves a record, mirrored
 * here for the import (each names the service method it mirrors). They are restated rather than
 * called because the services check one record against the database, while an import checks a whole
 * workbook before anything is written.
 */
final class ServiceRules {

  private ServiceRules() {}

  /** Mirrors ServiceSettingsService.checkConsistent. */
  static void settings(ScreeningService s, RowProblems problems) {
    if (s.getBusyStaffPerSession() < s.getMinStaffPerSession()) {
      problems.at(
          SettingsSheet.BUSY_STAFF_PER_SESSION,
          "is less than the min staff per session ("
              + s.getMinStaffPerSession()
              + "); expected at least that");
    }
    if (s.getReadingUrgentDays() < s.getReadingPriorityDays()) {
      problems.at(
          SettingsSheet.READING_URGENT_DAYS,
          "is less than the reading priority days ("
              + s.getReadingPriorityDays()
              + "); expected at least that");
    }
    if (s.getMinFirstReadsPerYear() > s.getMinReadsPerYear()
        || s.getMinScreeningReadsPerYear() > s.getMinReadsPerYear()) {
      problems.at(
          SettingsSheet.MIN_READS_PER_YEAR,
          "is less than the first-read or screening-read" + " minimum; expected at least both");
    }
    if (s.getAmSessionStart().plusMinutes(s.getAmSessionMinutes()).isAfter(s.getPmSessionStart())
        || s.getAmSessionStart()
            .plusMinutes(s.getAmSessionMinutes())
            .isBefore(s.getAmSessionStart())) {
      problems.at(
          SettingsSheet.PM_SESSION_START,
          "is before the morning session ends ("
              + s.getAmSessionStart().plusMinutes(s.getAmSessionMinutes())
              + "); expected the afternoon to start after the morning");
    }
  }

  /** Mirrors SiteService.save(Site). */
  static void site(Site site, RowProblems problems) {
    if (site.getKind() == SiteKind.STATIC && site.getRooms() < 1) {
      problems.at(
          SitesSheet.ROOMS,
          String.valueOf(site.getRooms()),
          "is too few: a static site needs at least one room");
    }
    if (site.getKind() == SiteKind.MOBILE_PITCH && site.isAssessmentCapable()) {
      problems.at(
          SitesSheet.ASSESSMENT,
          "is not possible for a MOBILE_PITCH: assessment happens"
              + " at static sites only, never on vans");
    }
  }

  /** Mirrors SiteService.save(ScreeningUnit). */
  static void unit(ScreeningUnit unit, RowProblems problems) {
    if (unit.getKind() == UnitKind.STATIC_ROOM && unit.getStaticSite() == null) {
      problems.at(
          UnitsSheet.STATIC_SITE,
          null,
          "is empty, but a STATIC_ROOM needs the code of" + " the static site it belongs to");
    }
    if (unit.getKind() == UnitKind.STATIC_ROOM
        && unit.getStaticSite() != null
        && unit.getStaticSite().getKind() != SiteKind.STATIC) {
      problems.at(
          UnitsSheet.STATIC_SITE,
          "is a mobile pitch; a static room must belong to a" + " STATIC site");
    }
    if (unit.getKind() == UnitKind.MOBILE_VAN && unit.getStaticSite() != null) {
      problems.at(
          UnitsSheet.STATIC_SITE,
          "should be empty for a MOBILE_VAN; the Unit calendar" + " says where a van is");
    }
  }

  /** Mirrors PracticeService.save. */
  static void practice(GpPractice practice, RowProblems problems) {
    if (practice.getHomeSite() != null
        && practice.getAlternativeSites().contains(practice.getHomeSite())) {
      problems.at(
          PracticesSheet.ALTERNATIVE_SITES,
          "includes the home site "
              + practice.getHomeSite().getCode()
              + "; list only the other sites");
    }
    if (practice.getEligibleTotal() == 0) {
      problems.at(
          PracticesSheet.FIRST_CALL,
          "0",
          "is 0 and so are the other cohorts; a practice needs at least one eligible woman");
    }
  }

  /** Mirrors StaffService.save(StaffMember). */
  static void staff(StaffMember member, RowProblems problems) {
    boolean reads = member.has(Skill.READER) || member.has(Skill.ARBITRATOR);
    if (reads && member.getReadingRatePerHour() == null) {
      problems.at(
          StaffSheet.READING_RATE,
          null,
          "is empty, but readers need a reading rate;" + " expected a whole number such as 45");
    }
    if (member.has(Skill.ARBITRATOR) && !member.has(Skill.READER)) {
      problems.at(
          StaffSheet.SKILLS,
          "includes ARBITRATOR without READER; an arbitrator must" + " also be an image reader");
    }
    Integer reading = member.getReadingSessionsPerWeek();
    if (reading != null && reading > member.getContractedSessionsPerWeek()) {
      problems.at(
          StaffSheet.READING_SESSIONS,
          "is more than the contracted sessions ("
              + member.getContractedSessionsPerWeek()
              + "); expected no more than that");
    }
    if (member.getFirstReadsThisYear() > member.getReadsThisYear()) {
      problems.at(
          StaffSheet.FIRST_READS,
          "is more than the reads this year ("
              + member.getReadsThisYear()
              + "); expected no more than that");
    }
  }

  /** Mirrors StaffService.save(Availability) and SiteService's blackout check. */
  static void dates(
      LocalDate start, LocalDate end, Column<LocalDate> endColumn, RowProblems problems) {
    if (start != null && end != null && end.isBefore(start)) {
      problems.at(
          endColumn,
          "is before the start date "
              + ValueTypes.date().describe(start)
              + "; expected a date on or after it");
    }
  }

  /** Mirrors UnitCalendarService.save, apart from overlaps, which need every entry. */
  static void calendarEntry(UnitCalendarEntry entry, RowProblems problems) {
    dates(entry.getStartDate(), entry.getEndDate(), CalendarSheet.END, problems);
    ScreeningUnit unit = entry.getUnit();
    if (unit.getKind() == UnitKind.STATIC_ROOM
        && unit.getStaticSite() != null
        && !unit.getStaticSite().getCode().equals(entry.getSite().getCode())) {
      problems.at(
          CalendarSheet.SITE,
          "is not "
              + unit.getCode()
              + "'s own site; a static room"
              + " screens only at "
              + unit.getStaticSite().getCode());
    }
    for (BlackoutPeriod blackout : entry.getSite().getBlackouts()) {
      if (entry.overlaps(blackout.startDate(), blackout.endDate())) {
        problems.at(
            CalendarSheet.SITE,
            "is blacked out "
                + ValueTypes.date().describe(blackout.startDate())
                + " to "
                + ValueTypes.date().describe(blackout.endDate())
                + (blackout.reason() == null ? "" : " (" + blackout.reason() + ")")
                + "; expected dates outside its blackouts");
      }
    }
  }
}
