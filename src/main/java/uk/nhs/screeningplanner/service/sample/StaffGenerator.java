package uk.nhs.screeningplanner.service.sample;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;

/**
 * The screening team. Readers are of mixed professions (domain.md §3.1): consultant radiologists,
 * who also arbitrate and assess; breast clinicians, who assess; and consultant or advanced
 * practitioner radiographers, who also take mammograms. There is no profession field, so the
 * profession shows only in the skills.
 */
final class StaffGenerator {

  /** Contracted AM/PM sessions a week: mostly full time (10), some part time, never below 4. */
  private static final List<Integer> SESSIONS = List.of(10, 10, 10, 10, 9, 8, 8, 7, 6, 6, 5, 4);

  /** domain.md §2.2: one service limits permanent staff to 3 van days a week. */
  private static final int MAX_VAN_DAYS = 3;

  /** domain.md §3.1: about 30 to 60 reads an hour. */
  private static final int MIN_READING_RATE = 30;

  private static final int MAX_READING_RATE = 60;

  /**
   * Job-planned reading sessions a week [B]: a consultant radiographer's split role of 4 reading
   * and the rest in clinics (issue #12); radiologists and clinicians assess in the rest.
   */
  private static final int READING_SESSIONS = 4;

  /** Not from domain.md [B]: readers are a mixed team of men and women; clinicians more women. */
  private static final double WOMEN_AMONG_RADIOLOGISTS = 0.6;

  private static final double WOMEN_AMONG_CLINICIANS = 0.7;

  private final ScreeningService service;
  private final Random random;
  private final Set<String> names = new HashSet<>();
  private final List<StaffMember> staff = new ArrayList<>();
  private int arbitratorsLeft;
  private int assessorsLeft;

  StaffGenerator(ScreeningService service, Random random) {
    this.service = service;
    this.random = random;
  }

  /**
   * @param staticSites the sites staff are based at; the first is the main, assessing site
   */
  List<StaffMember> generate(SampleSpec.Workforce team, List<Site> staticSites, LocalDate anchor) {
    arbitratorsLeft = team.arbitrators();
    assessorsLeft = team.assessors();
    Site main = staticSites.get(0);
    for (int i = 0; i < team.radiologists(); i++) {
      reader(person(WOMEN_AMONG_RADIOLOGISTS, main), anchor, Skill.ARBITRATOR, Skill.ASSESSOR);
    }
    for (int i = 0; i < team.breastClinicians(); i++) {
      reader(person(WOMEN_AMONG_CLINICIANS, main), anchor, Skill.ASSESSOR);
    }
    for (int i = 0; i < team.mammographers(); i++) {
      StaffMember mammographer = screener(Skill.MAMMOGRAPHER, staticSites);
      if (i < team.readingRadiographers()) {
        mammographer.setBaseSite(main);
        reader(mammographer, anchor, Skill.ASSESSOR);
      }
    }
    for (int i = 0; i < team.assistantPractitioners(); i++) {
      screener(Skill.ASSISTANT_PRACTITIONER, staticSites);
    }
    for (int i = 0; i < team.breastCareNurses(); i++) {
      person(1.0, main).setSkills(EnumSet.of(Skill.BREAST_CARE_NURSE));
    }
    return List.copyOf(staff);
  }

  /** Adds reading, and the extra roles while any are left to hand out. */
  private void reader(StaffMember member, LocalDate anchor, Skill... extraRoles) {
    Set<Skill> skills = EnumSet.of(Skill.READER);
    skills.addAll(member.getSkills());
    for (Skill role : extraRoles) {
      if (role == Skill.ARBITRATOR && arbitratorsLeft > 0) {
        arbitratorsLeft--;
        skills.add(role);
      }
      if (role == Skill.ASSESSOR && assessorsLeft > 0) {
        assessorsLeft--;
        skills.add(role);
      }
    }
    member.setSkills(skills);
    member.setReadingRatePerHour(
        MIN_READING_RATE + random.nextInt(MAX_READING_RATE - MIN_READING_RATE + 1));
    member.setReadingSessionsPerWeek(
        Math.min(READING_SESSIONS, member.getContractedSessionsPerWeek()));
    readSoFar(member, anchor);
  }

  /**
   * Reads since 1 April (the NHS financial year) at 0.7–1.4 times the pro-rata pace of the yearly
   * minimums (domain.md §3.2: 5,000 reads, 1,500 first reads), so some readers are behind.
   */
  private void readSoFar(StaffMember member, LocalDate anchor) {
    LocalDate yearStart = LocalDate.of(anchor.getYear(), Month.APRIL, 1);
    if (yearStart.isAfter(anchor)) {
      yearStart = yearStart.minusYears(1);
    }
    double elapsed = ChronoUnit.DAYS.between(yearStart, anchor) / 365.0;
    int reads = (int) Math.round(service.getMinReadsPerYear() * elapsed * pace());
    int firstReads = (int) Math.round(service.getMinFirstReadsPerYear() * elapsed * pace());
    member.setReadsThisYear(reads);
    member.setFirstReadsThisYear(Math.min(reads, firstReads));
  }

  private double pace() {
    return 0.7 + 0.7 * random.nextDouble();
  }

  /**
   * A mammographer or assistant practitioner, based at a static site in proportion to rooms. The
   * women are screened by women (domain.md §2.3: a female mammographer takes the views).
   */
  private StaffMember screener(Skill skill, List<Site> staticSites) {
    StaffMember member = person(1.0, baseFor(staticSites));
    member.setSkills(EnumSet.of(skill));
    int days = member.getContractedSessionsPerWeek() / 2;
    member.setMaxVanDaysPerWeek(Math.min(MAX_VAN_DAYS, days));
    return member;
  }

  private Site baseFor(List<Site> staticSites) {
    int rooms = staticSites.stream().mapToInt(Site::getRooms).sum();
    int ticket = random.nextInt(rooms);
    for (Site site : staticSites) {
      ticket -= site.getRooms();
      if (ticket < 0) {
        return site;
      }
    }
    return staticSites.get(0);
  }

  private StaffMember person(double shareWomen, Site base) {
    List<String> firstNames = random.nextDouble() < shareWomen ? Names.WOMEN : Names.MEN;
    String name =
        Names.unique(
            () -> Names.pick(firstNames, random) + " " + Names.pick(Names.SURNAMES, random), names);
    String initials = name.charAt(0) + name.substring(name.indexOf(' ') + 1, name.indexOf(' ') + 2);
    String code = String.format("%s%03d", initials, staff.size() + 1);
    StaffMember member = new StaffMember(service, code, name);
    member.setBaseSite(base);
    member.setContractedSessionsPerWeek(Names.pick(SESSIONS, random));
    member.setMaxVanDaysPerWeek(0);
    staff.add(member);
    return member;
  }
}
