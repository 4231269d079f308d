package uk.nhs.screeningplanner.service.workbook;

import static uk.nhs.screeningplanner.service.workbook.ServiceColumn.SERVICE;

import java.util.List;
import java.util.Set;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.SheetLayout;
import uk.nhs.screeningplanner.spreadsheet.ValueTypes;

/** The Staff sheet: who can do what, where they are based and how much they work. */
final class StaffSheet {

  static final Column<String> CODE =
      Column.required(
          "Staff code",
          ValueTypes.code("M01"),
          "The person's short code, unique in"
              + " the service; the Availability sheet refers to them by it."
              + ConstraintText.of(StaffMember.class, "staffCode"));
  static final Column<String> NAME =
      Column.required(
              "Name",
              ValueTypes.text(),
              "The person's name." + ConstraintText.of(StaffMember.class, "name"))
          .width(28);
  static final Column<Set<Skill>> SKILLS =
      Column.required(
              "Skills",
              ValueTypes.choices("skill", Skill.class, Skill::label),
              "What they can do, several separated by commas. An ARBITRATOR must also be a"
                  + " READER.")
          .width(34);
  static final Column<String> BASE_SITE =
      Column.optional(
          "Base site",
          ValueTypes.code("HOSP"),
          "Where they are based: a site code" + " from the Sites sheet.");
  static final Column<Integer> SESSIONS =
      Column.optional(
          "Contracted sessions per week",
          ValueTypes.wholeNumber("10"),
          "AM and PM"
              + " sessions a week; 10 is full time."
              + ConstraintText.of(StaffMember.class, "contractedSessionsPerWeek")
              + " Empty means 10.");
  static final Column<Integer> VAN_DAYS =
      Column.optional(
          "Max van days per week",
          ValueTypes.wholeNumber("3"),
          "Most days a week"
              + " on a van (§2.2)."
              + ConstraintText.of(StaffMember.class, "maxVanDaysPerWeek")
              + " Empty means 3.");
  static final Column<Integer> READING_RATE =
      Column.optional(
          "Reading rate per hour",
          ValueTypes.wholeNumber("45"),
          "Cases read an"
              + " hour; required for READER and ARBITRATOR (§3.1)."
              + ConstraintText.of(StaffMember.class, "readingRatePerHour"));
  static final Column<Integer> READING_SESSIONS =
      Column.optional(
          "Reading sessions per week",
          ValueTypes.wholeNumber("4"),
          "Job-planned reading sessions a week (readers only); the clinic schedule uses at most"
              + " the contract less these."
              + ConstraintText.of(StaffMember.class, "readingSessionsPerWeek")
              + " Empty means 4 for a reader, capped by the contract.");
  static final Column<Integer> READS =
      Column.optional(
          "Reads this year",
          ValueTypes.wholeNumber("3100"),
          "Reads so far this"
              + " year."
              + ConstraintText.of(StaffMember.class, "readsThisYear")
              + " Empty means 0.");
  static final Column<Integer> FIRST_READS =
      Column.optional(
          "First reads this year",
          ValueTypes.wholeNumber("900"),
          "First reads so"
              + " far this year; no more than the reads."
              + ConstraintText.of(StaffMember.class, "firstReadsThisYear")
              + " Empty means 0.");
  static final Column<Boolean> ACTIVE =
      Column.optional(
          "Active", ValueTypes.yesNo(), "No for someone who has left. Empty means" + " Yes.");

  static final SheetLayout LAYOUT =
      new SheetLayout(
          "Staff",
          "The screening team: skills, base, contracted sessions and reading volumes.",
          true,
          3,
          List.of(
              SERVICE,
              CODE,
              NAME,
              SKILLS,
              BASE_SITE,
              SESSIONS,
              VAN_DAYS,
              READING_RATE,
              READING_SESSIONS,
              READS,
              FIRST_READS,
              ACTIVE));

  static final EntitySheet<StaffMember> SHEET =
      new EntitySheet<>(
          LAYOUT,
          SERVICE,
          StaffMember::getService,
          List.of(
              Field.fixed(CODE, "staffCode", StaffMember::getStaffCode),
              Field.of(NAME, "name", StaffMember::getName, StaffMember::setName),
              Field.of(
                  SKILLS,
                  "skills",
                  s -> Set.copyOf(s.getSkills()),
                  (s, skills) -> s.setSkills(skills == null ? Set.of() : skills)),
              new Field<>(
                  BASE_SITE,
                  "baseSite",
                  s -> s.getBaseSite() == null ? null : s.getBaseSite().getCode(),
                  (s, code, refs) -> s.setBaseSite(refs.site(code))),
              Field.of(
                  SESSIONS,
                  "contractedSessionsPerWeek",
                  StaffMember::getContractedSessionsPerWeek,
                  StaffMember::setContractedSessionsPerWeek),
              Field.of(
                  VAN_DAYS,
                  "maxVanDaysPerWeek",
                  StaffMember::getMaxVanDaysPerWeek,
                  StaffMember::setMaxVanDaysPerWeek),
              Field.of(
                  READING_RATE,
                  "readingRatePerHour",
                  StaffMember::getReadingRatePerHour,
                  StaffMember::setReadingRatePerHour),
              Field.of(
                  READING_SESSIONS,
                  "readingSessionsPerWeek",
                  StaffMember::getReadingSessionsPerWeek,
                  StaffMember::setReadingSessionsPerWeek),
              Field.of(
                  READS,
                  "readsThisYear",
                  StaffMember::getReadsThisYear,
                  StaffMember::setReadsThisYear),
              Field.of(
                  FIRST_READS,
                  "firstReadsThisYear",
                  StaffMember::getFirstReadsThisYear,
                  StaffMember::setFirstReadsThisYear),
              Field.of(ACTIVE, "active", StaffMember::isActive, StaffMember::setActive)),
          List.of(CODE),
          (service, row, refs) -> new StaffMember(service, row.get(CODE), row.get(NAME)));

  private StaffSheet() {}
}
