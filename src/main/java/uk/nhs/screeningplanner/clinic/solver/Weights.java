package uk.nhs.screeningplanner.clinic.solver;

/**
 * Soft weights, chosen so a change to a published plan outweighs any comfort gain, a preference
 * outweighs an hour's drive, and a busy session's third person outweighs a little unfairness. Hard
 * rules weigh 1 per breach (minutes for travel); medium weighs the slots lost.
 */
public final class Weights {

  /** Moving a published assignment: heavier than anything else soft (minimal change). */
  public static final int PUBLISHED_CHANGE = 1000;

  public static final int UNDESIRED = 60;
  public static final int DESIRED = 30;
  public static final int THIRD_WHEN_BUSY = 40;
  public static final int VAN_TEAM_PERSON = 10;
  public static final int VAN_DAY_SQUARED = 5;
  public static final int PM_SQUARED = 2;

  private Weights() {}
}
