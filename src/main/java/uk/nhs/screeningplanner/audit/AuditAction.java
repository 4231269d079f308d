package uk.nhs.screeningplanner.audit;

/** What kind of change an audit entry records. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  IMPORT,
  PUBLISH,
  /** A wrong password or unknown user at sign-in. */
  SIGN_IN_FAILED,
  /** Sign-in paused for a user or a client address after repeated failures. */
  LOCKOUT
}
