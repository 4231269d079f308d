package uk.nhs.screeningplanner.clinic.assembly;

import java.time.LocalDate;
import java.util.List;
import uk.nhs.screeningplanner.clinic.Position;
import uk.nhs.screeningplanner.clinic.SessionKind;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;

/**
 * A session the plan must staff, before it is saved.
 *
 * @param unit the van or room; empty for an assessment clinic
 * @param invitations booking advice: how many women to invite so expected attendance fills it
 * @param required whether women are invited to it; a spare session is not staffed by the solver
 */
public record PlannedSession(
    LocalDate date,
    boolean morning,
    SessionKind kind,
    ScreeningUnit unit,
    Site site,
    int startMinute,
    int endMinute,
    int slots,
    int invitations,
    boolean busy,
    List<Position> positions,
    boolean required) {

  public String unitName() {
    return unit == null ? "Assessment clinic" : unit.getName();
  }

  public boolean van() {
    return unit != null && unit.getKind() == uk.nhs.screeningplanner.service.UnitKind.MOBILE_VAN;
  }
}
