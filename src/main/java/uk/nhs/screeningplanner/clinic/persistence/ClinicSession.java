package uk.nhs.screeningplanner.clinic.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.nhs.screeningplanner.clinic.SessionKind;

/** A saved session of a plan. Sessions are made when the plan is made and never edited. */
@Entity
@Table(name = "clinic_session")
public class ClinicSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id")
  private long planId;

  private LocalDate sessionDate;
  private boolean morning;

  @Enumerated(EnumType.STRING)
  private SessionKind kind;

  private Long unitId;
  private String unitName;
  private boolean van;
  private long siteId;
  private int startMinute;
  private int endMinute;
  private int slots;
  private int invitations;
  private boolean busy;
  private boolean required = true;

  protected ClinicSession() {}

  public ClinicSession(long planId, LocalDate date, boolean morning, SessionKind kind) {
    this.planId = planId;
    this.sessionDate = date;
    this.morning = morning;
    this.kind = kind;
  }

  /** Where and how big: unit (or null for an assessment clinic), site, times and slots. */
  public ClinicSession at(Long unitId, String unitName, boolean van, long siteId) {
    this.unitId = unitId;
    this.unitName = unitName;
    this.van = van;
    this.siteId = siteId;
    return this;
  }

  public ClinicSession sized(int start, int end, int slots, int invitations, boolean busy) {
    this.startMinute = start;
    this.endMinute = end;
    this.slots = slots;
    this.invitations = invitations;
    this.busy = busy;
    return this;
  }

  /** Whether women are invited to it; spare sessions are shown but not staffed by the solver. */
  public boolean isRequired() {
    return required;
  }

  public ClinicSession required(boolean required) {
    this.required = required;
    return this;
  }

  public Long getId() {
    return id;
  }

  public long getPlanId() {
    return planId;
  }

  public LocalDate getSessionDate() {
    return sessionDate;
  }

  public boolean isMorning() {
    return morning;
  }

  public SessionKind getKind() {
    return kind;
  }

  public Long getUnitId() {
    return unitId;
  }

  public String getUnitName() {
    return unitName;
  }

  public boolean isVan() {
    return van;
  }

  public long getSiteId() {
    return siteId;
  }

  public int getStartMinute() {
    return startMinute;
  }

  public int getEndMinute() {
    return endMinute;
  }

  public int getSlots() {
    return slots;
  }

  public int getInvitations() {
    return invitations;
  }

  public boolean isBusy() {
    return busy;
  }
}
