package uk.nhs.screeningplanner.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalTime;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/**
 * A breast screening service (BSO) and its programme settings. Every number a plan depends on is a
 * setting here with the default documented in domain.md; the section is named beside each one.
 */
@Entity
@Table(name = "screening_service")
public class ScreeningService extends VersionedEntity {

  @NotBlank
  @Size(max = 16)
  @Pattern(regexp = "[A-Z0-9-]+", message = "use capital letters, digits and hyphens only")
  private String code;

  @NotBlank
  @Size(max = 200)
  private String name;

  @Size(max = 200)
  private String hostTrust;

  /** §1.5: the standard round length is 36 months. */
  @Min(12)
  @Max(48)
  private int roundLengthMonths = 36;

  /**
   * [B] A practice's women may be invited up to this many months before they are due; a visit
   * further ahead of the due date screens another round's women (a local planning choice).
   */
  @Min(0)
  @Max(12)
  private int earlyInvitationMonths = 3;

  /** §1.5: 90% of women invited within the round length is the acceptable level. */
  @NotNull
  @DecimalMin("0")
  @DecimalMax("100")
  @Column(name = "round_length_acceptable_pct")
  private BigDecimal roundLengthAcceptablePct = new BigDecimal("90");

  /** §1.5: 99% achievable (design history 2026; older guidance said 100% [B]). */
  @NotNull
  @DecimalMin("0")
  @DecimalMax("100")
  @Column(name = "round_length_achievable_pct")
  private BigDecimal roundLengthAchievablePct = new BigDecimal("99");

  /** §2.3: 8-minute slots in NHS seed data and prototype. */
  @Min(3)
  @Max(30)
  private int slotMinutes = 8;

  /** §2.2: split day, AM from 09:00. */
  @NotNull private LocalTime amSessionStart = LocalTime.of(9, 0);

  /** §2.3: 3h20m sessions in the production seed data. */
  @Min(30)
  @Max(360)
  private int amSessionMinutes = 200;

  /** §2.2: PM session after lunch (Pennine 13:30). */
  @NotNull private LocalTime pmSessionStart = LocalTime.of(13, 30);

  @Min(30)
  @Max(360)
  private int pmSessionMinutes = 200;

  /** §2.3: a van screens typically 40 to 50 a day. */
  @Min(1)
  @Max(200)
  private int vanMaxScreensPerDay = 45;

  /** §2.3: minimum 2 mammographers per van session. */
  @Min(1)
  @Max(6)
  private int minStaffPerSession = 2;

  /** §2.3: up to 3 at busy times. */
  @Min(1)
  @Max(6)
  private int busyStaffPerSession = 3;

  /** §2.2: one BSO limits permanent staff to 3 van days a week (local rule). */
  @Min(0)
  @Max(7)
  private int defaultMaxVanDaysPerWeek = 3;

  /** §2.4: first-call attendance ~0.54–0.64. */
  @NotNull
  @DecimalMin("0")
  @DecimalMax("1")
  private BigDecimal uptakeFirstCall = new BigDecimal("0.59");

  /** §2.4: about 88% of previous attenders re-attend. */
  @NotNull
  @DecimalMin("0")
  @DecimalMax("1")
  private BigDecimal uptakePreviousAttender = new BigDecimal("0.88");

  /** §2.4: previous non-attenders 0.03–0.20. */
  @NotNull
  @DecimalMin("0")
  @DecimalMax("1")
  private BigDecimal uptakePreviousNonAttender = new BigDecimal("0.10");

  /** §2.4: the NHS prototype books clinics at 130% of slots. */
  @NotNull
  @DecimalMin("100")
  @DecimalMax("300")
  @Column(name = "booking_cap_pct")
  private BigDecimal bookingCapPct = new BigDecimal("130");

  /** §4: prevalent recall target below 7%. */
  @NotNull
  @DecimalMin("0")
  @DecimalMax("1")
  private BigDecimal recallRatePrevalent = new BigDecimal("0.07");

  /** §4: about 4 in 100 screened need more tests. */
  @NotNull
  @DecimalMin("0")
  @DecimalMax("1")
  private BigDecimal recallRateIncident = new BigDecimal("0.04");

  /** §2.5: about 3 in 100 women screened have a technical repeat. */
  @NotNull
  @DecimalMin("0")
  @DecimalMax("1")
  private BigDecimal technicalRecallRate = new BigDecimal("0.03");

  /** §3.1/§3.3: prototype arbitration probability 0.04 [P][B]. */
  @NotNull
  @DecimalMin("0")
  @DecimalMax("1")
  private BigDecimal arbitrationRate = new BigDecimal("0.04");

  /** §3.3: an AI tool replaces the second human read. */
  private boolean aiSecondReader;

  /** §3.3: Mia agreed with the human reader in 81.9% of cases. */
  @NotNull
  @DecimalMin("0")
  @DecimalMax("1")
  private BigDecimal aiAgreementRate = new BigDecimal("0.819");

  /** §3.1: ~30–60 reads an hour; 45 is central. */
  @Min(5)
  @Max(120)
  private int readsPerHour = 45;

  /** §3.1: results within 2 weeks of attendance. */
  @Min(1)
  @Max(60)
  private int resultsWithinDays = 14;

  /** §4: first assessment offered within 3 weeks [B]. */
  @Min(1)
  @Max(90)
  private int assessmentWithinDays = 21;

  /** §10: assessment slot length not found in any source [B]. */
  @Min(5)
  @Max(240)
  private int assessmentSlotMinutes = 30;

  /** §3.2: at least 5,000 reads a year. */
  @Min(0)
  @Max(50000)
  private int minReadsPerYear = 5000;

  /** §3.2: of which at least 4,000 screening reads. */
  @Min(0)
  @Max(50000)
  private int minScreeningReadsPerYear = 4000;

  /** §3.2: and at least 1,500 first reads. */
  @Min(0)
  @Max(50000)
  private int minFirstReadsPerYear = 1500;

  /** §3.1: prototype marks cases 7 days old as priority [P]. */
  @Min(1)
  @Max(60)
  private int readingPriorityDays = 7;

  /** §3.1: and 10 days old as urgent [P]. */
  @Min(1)
  @Max(60)
  private int readingUrgentDays = 10;

  /** §2.3: IRMER, no screening mammogram within 6 months of a previous one. */
  @Min(0)
  @Max(36)
  private int minMonthsBetweenScreens = 6;

  /** §2.3: special appointments are about 2–3% of slots. */
  @NotNull
  @DecimalMin("0")
  @DecimalMax("1")
  private BigDecimal specialAppointmentShare = new BigDecimal("0.025");

  /** §1.4: staff rotas are planned 1–2 months ahead; planners look up to 12 weeks. */
  @Min(1)
  @Max(52)
  private int planningHorizonWeeks = 12;

  protected ScreeningService() {}

  public ScreeningService(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getHostTrust() {
    return hostTrust;
  }

  public void setHostTrust(String hostTrust) {
    this.hostTrust = hostTrust;
  }

  public int getRoundLengthMonths() {
    return roundLengthMonths;
  }

  public void setRoundLengthMonths(int roundLengthMonths) {
    this.roundLengthMonths = roundLengthMonths;
  }

  public int getEarlyInvitationMonths() {
    return earlyInvitationMonths;
  }

  public void setEarlyInvitationMonths(int earlyInvitationMonths) {
    this.earlyInvitationMonths = earlyInvitationMonths;
  }

  public BigDecimal getRoundLengthAcceptablePct() {
    return roundLengthAcceptablePct;
  }

  public void setRoundLengthAcceptablePct(BigDecimal value) {
    this.roundLengthAcceptablePct = value;
  }

  public BigDecimal getRoundLengthAchievablePct() {
    return roundLengthAchievablePct;
  }

  public void setRoundLengthAchievablePct(BigDecimal value) {
    this.roundLengthAchievablePct = value;
  }

  public int getSlotMinutes() {
    return slotMinutes;
  }

  public void setSlotMinutes(int slotMinutes) {
    this.slotMinutes = slotMinutes;
  }

  public LocalTime getAmSessionStart() {
    return amSessionStart;
  }

  public void setAmSessionStart(LocalTime amSessionStart) {
    this.amSessionStart = amSessionStart;
  }

  public int getAmSessionMinutes() {
    return amSessionMinutes;
  }

  public void setAmSessionMinutes(int amSessionMinutes) {
    this.amSessionMinutes = amSessionMinutes;
  }

  public LocalTime getPmSessionStart() {
    return pmSessionStart;
  }

  public void setPmSessionStart(LocalTime pmSessionStart) {
    this.pmSessionStart = pmSessionStart;
  }

  public int getPmSessionMinutes() {
    return pmSessionMinutes;
  }

  public void setPmSessionMinutes(int pmSessionMinutes) {
    this.pmSessionMinutes = pmSessionMinutes;
  }

  public int getVanMaxScreensPerDay() {
    return vanMaxScreensPerDay;
  }

  public void setVanMaxScreensPerDay(int vanMaxScreensPerDay) {
    this.vanMaxScreensPerDay = vanMaxScreensPerDay;
  }

  public int getMinStaffPerSession() {
    return minStaffPerSession;
  }

  public void setMinStaffPerSession(int minStaffPerSession) {
    this.minStaffPerSession = minStaffPerSession;
  }

  public int getBusyStaffPerSession() {
    return busyStaffPerSession;
  }

  public void setBusyStaffPerSession(int busyStaffPerSession) {
    this.busyStaffPerSession = busyStaffPerSession;
  }

  public int getDefaultMaxVanDaysPerWeek() {
    return defaultMaxVanDaysPerWeek;
  }

  public void setDefaultMaxVanDaysPerWeek(int value) {
    this.defaultMaxVanDaysPerWeek = value;
  }

  public BigDecimal getUptakeFirstCall() {
    return uptakeFirstCall;
  }

  public void setUptakeFirstCall(BigDecimal uptakeFirstCall) {
    this.uptakeFirstCall = uptakeFirstCall;
  }

  public BigDecimal getUptakePreviousAttender() {
    return uptakePreviousAttender;
  }

  public void setUptakePreviousAttender(BigDecimal value) {
    this.uptakePreviousAttender = value;
  }

  public BigDecimal getUptakePreviousNonAttender() {
    return uptakePreviousNonAttender;
  }

  public void setUptakePreviousNonAttender(BigDecimal value) {
    this.uptakePreviousNonAttender = value;
  }

  public BigDecimal getBookingCapPct() {
    return bookingCapPct;
  }

  public void setBookingCapPct(BigDecimal bookingCapPct) {
    this.bookingCapPct = bookingCapPct;
  }

  public BigDecimal getRecallRatePrevalent() {
    return recallRatePrevalent;
  }

  public void setRecallRatePrevalent(BigDecimal recallRatePrevalent) {
    this.recallRatePrevalent = recallRatePrevalent;
  }

  public BigDecimal getRecallRateIncident() {
    return recallRateIncident;
  }

  public void setRecallRateIncident(BigDecimal recallRateIncident) {
    this.recallRateIncident = recallRateIncident;
  }

  public BigDecimal getTechnicalRecallRate() {
    return technicalRecallRate;
  }

  public void setTechnicalRecallRate(BigDecimal technicalRecallRate) {
    this.technicalRecallRate = technicalRecallRate;
  }

  public BigDecimal getArbitrationRate() {
    return arbitrationRate;
  }

  public void setArbitrationRate(BigDecimal arbitrationRate) {
    this.arbitrationRate = arbitrationRate;
  }

  public boolean isAiSecondReader() {
    return aiSecondReader;
  }

  public void setAiSecondReader(boolean aiSecondReader) {
    this.aiSecondReader = aiSecondReader;
  }

  public BigDecimal getAiAgreementRate() {
    return aiAgreementRate;
  }

  public void setAiAgreementRate(BigDecimal aiAgreementRate) {
    this.aiAgreementRate = aiAgreementRate;
  }

  public int getReadsPerHour() {
    return readsPerHour;
  }

  public void setReadsPerHour(int readsPerHour) {
    this.readsPerHour = readsPerHour;
  }

  public int getResultsWithinDays() {
    return resultsWithinDays;
  }

  public void setResultsWithinDays(int resultsWithinDays) {
    this.resultsWithinDays = resultsWithinDays;
  }

  public int getAssessmentWithinDays() {
    return assessmentWithinDays;
  }

  public void setAssessmentWithinDays(int assessmentWithinDays) {
    this.assessmentWithinDays = assessmentWithinDays;
  }

  public int getAssessmentSlotMinutes() {
    return assessmentSlotMinutes;
  }

  public void setAssessmentSlotMinutes(int assessmentSlotMinutes) {
    this.assessmentSlotMinutes = assessmentSlotMinutes;
  }

  public int getMinReadsPerYear() {
    return minReadsPerYear;
  }

  public void setMinReadsPerYear(int minReadsPerYear) {
    this.minReadsPerYear = minReadsPerYear;
  }

  public int getMinScreeningReadsPerYear() {
    return minScreeningReadsPerYear;
  }

  public void setMinScreeningReadsPerYear(int value) {
    this.minScreeningReadsPerYear = value;
  }

  public int getMinFirstReadsPerYear() {
    return minFirstReadsPerYear;
  }

  public void setMinFirstReadsPerYear(int minFirstReadsPerYear) {
    this.minFirstReadsPerYear = minFirstReadsPerYear;
  }

  public int getReadingPriorityDays() {
    return readingPriorityDays;
  }

  public void setReadingPriorityDays(int readingPriorityDays) {
    this.readingPriorityDays = readingPriorityDays;
  }

  public int getReadingUrgentDays() {
    return readingUrgentDays;
  }

  public void setReadingUrgentDays(int readingUrgentDays) {
    this.readingUrgentDays = readingUrgentDays;
  }

  public int getMinMonthsBetweenScreens() {
    return minMonthsBetweenScreens;
  }

  public void setMinMonthsBetweenScreens(int minMonthsBetweenScreens) {
    this.minMonthsBetweenScreens = minMonthsBetweenScreens;
  }

  public BigDecimal getSpecialAppointmentShare() {
    return specialAppointmentShare;
  }

  public void setSpecialAppointmentShare(BigDecimal specialAppointmentShare) {
    this.specialAppointmentShare = specialAppointmentShare;
  }

  public int getPlanningHorizonWeeks() {
    return planningHorizonWeeks;
  }

  public void setPlanningHorizonWeeks(int planningHorizonWeeks) {
    this.planningHorizonWeeks = planningHorizonWeeks;
  }
}
