package uk.nhs.screeningplanner.clinic.solver;

/**
 * Soft weights, chosen so a change to a published plan outweighs any comfort gain, a preference
 * outweighs an hour's drive, and a busy session's third person outweighs a little unfairness. Hard
 * rules weigh 1 per breach (minutes for travel); medium weighs the slots lost, so a replan makes
 * any change that saves a slot, and only those (issue #12).
 */
public final class Weights {

  /** A person moving to another place in the session they were published for. */
  public static final int CHANGE_SAME_SESSION = 100;

  /** A published position left empty (its holder is away or moved). */
  public static final int CHANGE_EMPTIED = 300;

  /** A person moving to another session on the same half-day (another van or room). */
  public static final int CHANGE_OTHER_SESSION = 500;

  /** A person booked for a half-day the published plan left free: heaviest, it changes a day. */
  public static final int CHANGE_NEW_HALF_DAY = 1000;

  /** The cost of one change of this kind. */
  public static int change(uk.nhs.screeningplanner.clinic.domain.ChangeKind kind) {
    return switch (kind) {
      case NONE -> 0;
      case SAME_SESSION -> CHANGE_SAME_SESSION;
      case EMPTIED -> CHANGE_EMPTIED;
      case OTHER_SESSION -> CHANGE_OTHER_SESSION;
      case NEW_HALF_DAY -> CHANGE_NEW_HALF_DAY;
    };
  }

  public static final int UNDESIRED = 60;
  public static final int DESIRED = 30;
  public static final int THIRD_WHEN_BUSY = 40;
  public static final int VAN_TEAM_PERSON = 10;
  public static final int VAN_DAY_SQUARED = 5;
  public static final int PM_SQUARED = 2;

  private Weights() {}
}
