package uk.nhs.screeningplanner.planning;

/** Where a solver job is in its life. */
public enum SolverJobStatus {
  /** The solver is running; the best plan so far is saved as it improves. */
  SOLVING("Solving"),
  /** The solver reached its time limit or proved it could not improve. */
  FINISHED("Finished"),
  /** A user pressed Stop; the best plan found so far was kept. */
  STOPPED("Stopped"),
  /** The solver failed; nothing of this run was saved. */
  FAILED("Failed"),
  /** The application stopped while this job ran; the last saved plan is kept. */
  INTERRUPTED("Interrupted by a restart");

  private final String label;

  SolverJobStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isEnded() {
    return this != SOLVING;
  }
}
