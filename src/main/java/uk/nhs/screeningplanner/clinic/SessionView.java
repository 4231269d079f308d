package uk.nhs.screeningplanner.clinic;

import java.time.LocalDate;
import java.util.List;

/**
 * A session of the plan with its positions, for the calendar, the dialogs and the export.
 *
 * @param invitations booking advice: women to invite so expected attendance fills the slots
 * @param required whether women are invited to it; a spare session is a unit's calendar day beyond
 *     the demand, shown but not staffed unless a manager chooses to
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
    boolean required,
    List<PositionView> positions) {

  /** Every position a session needs (lead, second; for assessment all three) is filled. */
  public boolean runs() {
    return positions.stream().filter(p -> p.position().required()).allMatch(PositionView::filled);
  }

  public long missing() {
    return positions.stream().filter(PositionView::missing).count();
  }

  /** A row label for the calendar: the unit, or the clinic and its site. */
  public String rowLabel() {
    return kind == SessionKind.ASSESSMENT ? "Assessment · " + siteName : unitName;
  }

  /** The session as the published plan has it. */
  public SessionView asPublished() {
    return new SessionView(
        id,
        date,
        morning,
        kind,
        unitName,
        van,
        siteName,
        startTime,
        endTime,
        slots,
        invitations,
        required,
        positions.stream().map(PositionView::asPublished).toList());
  }

  public String half() {
    return morning ? "AM" : "PM";
  }
}
