package uk.nhs.screeningplanner.clinic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.screeningplanner.clinic.assembly.ProblemBuilder;
import uk.nhs.screeningplanner.clinic.assembly.ServiceData;
import uk.nhs.screeningplanner.clinic.assembly.SessionPlanner;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Session;
import uk.nhs.screeningplanner.clinic.domain.Staff;
import uk.nhs.screeningplanner.service.sample.SampleService;
import uk.nhs.screeningplanner.service.sample.SampleServiceGenerator;
import uk.nhs.screeningplanner.service.sample.SampleSpec;
import uk.nhs.screeningplanner.service.workbook.SampleWorkbooks;

/**
 * Clinic problems from the deterministic sample generator, as sample-data/sample-service.xlsx and
 * sample-data/consortium.xlsx hold them (the same anchor week), starting the Monday after it. The
 * consortium's 7 services make one problem: their staff never meet, so it falls apart into 7.
 */
public final class SampleClinicProblems {

  public static final LocalDate ANCHOR = SampleWorkbooks.ANCHOR;

  private SampleClinicProblems() {}

  public static ClinicSchedule standard(int weeks) {
    return problem(List.of(SampleSpec.standard()), weeks);
  }

  public static ClinicSchedule consortium(int weeks) {
    return problem(SampleSpec.consortium(), weeks);
  }

  static ClinicSchedule problem(List<SampleSpec> specs, int weeks) {
    LocalDate start = ANCHOR.plusWeeks(1);
    LocalDate end = start.plusWeeks(weeks).minusDays(1);
    List<Session> sessions = new ArrayList<>();
    List<Staff> staff = new ArrayList<>();
    List<PositionAssignment> assignments = new ArrayList<>();
    long offset = 0;
    for (SampleSpec spec : specs) {
      SampleService s = new SampleServiceGenerator().generate(spec, ANCHOR);
      ServiceData data =
          new ServiceData(
              s.service(), s.sites(), s.calendar(), s.practices(), s.staff(), s.availability());
      ClinicSchedule one =
          ProblemBuilder.fromPlanned(
              data, new SessionPlanner(data).plan(start, weeks), start, end, offset);
      offset += 1_000_000;
      sessions.addAll(one.getSessions());
      staff.addAll(one.getStaff());
      assignments.addAll(one.getAssignments());
    }
    return new ClinicSchedule(sessions, staff, assignments);
  }
}
