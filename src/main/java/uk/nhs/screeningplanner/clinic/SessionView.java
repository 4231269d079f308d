package uk.nhs.screeningplanner.clinic;

import java.time.LocalDate;
import java.util.List;

/**
 * A session of the plan with its positions, for the calendar, the dialogs and the export.
 *
 * @param invitations booking advice: women to invite so expected attendance fills the slots
 */
public record SessionView(
    long id,
    LocalDate date,
    boolean morning,
    SessionKind kind,
    String unitName,
    boolean van,
    String siteName,
    String startTime,
    String endTime,
    int slots,
    int invitations,
    List<PositionView> positions) {

  /** Every required position is filled, so the session runs. */
  public boolean runs() {
    return positions.stream().noneMatch(PositionView::missing);
  }

  public long missing() {
    return positions.stream().filter(PositionView::missing).count();
  }

  /** A row label for the calendar: the unit, or the clinic and its site. */
  public String rowLabel() {
    return kind == SessionKind.ASSESSMENT ? "Assessment · " + siteName : unitName;
  }

  public String half() {
    return morning ? "AM" : "PM";
  }
}
