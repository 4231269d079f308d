package uk.nhs.screeningplanner.service;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/**
 * A GP practice whose eligible women the service invites, counted by cohort (design.md Principles:
 * counts, not patients). Its due date is the last first-offered appointment plus the round length.
 */
@Entity
@Table(name = "gp_practice")
public class GpPractice extends VersionedEntity {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "service_id")
  private ScreeningService service;

  @NotBlank
  @Size(max = 10)
  @Pattern(regexp = "[A-Z][0-9]{5}", message = "an ODS practice code is a letter and five digits")
  private String odsCode;

  @NotBlank
  @Size(max = 200)
  private String name;

  @Min(0)
  @Max(100000)
  private int eligibleFirstCall;

  @Min(0)
  @Max(100000)
  private int eligiblePreviousAttender;

  @Min(0)
  @Max(100000)
  private int eligiblePreviousNonAttender;

  @jakarta.persistence.Column(name = "last_first_offered_date")
  private LocalDate lastFirstOfferedDate;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "home_site_id")
  private Site homeSite;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "gp_practice_alternative_site",
      joinColumns = @JoinColumn(name = "practice_id"),
      inverseJoinColumns = @JoinColumn(name = "site_id"))
  private Set<Site> alternativeSites = new HashSet<>();

  /** Index of Multiple Deprivation quintile: 1 most deprived, 5 least. */
  @Min(1)
  @Max(5)
  private Integer imdQuintile;

  @DecimalMin("0")
  @DecimalMax("1")
  private BigDecimal historicUptake;

  protected GpPractice() {}

  public GpPractice(ScreeningService service, String odsCode, String name) {
    this.service = service;
    this.odsCode = odsCode;
    this.name = name;
  }

  public ScreeningService getService() {
    return service;
  }

  public String getOdsCode() {
    return odsCode;
  }

  public void setOdsCode(String odsCode) {
    this.odsCode = odsCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getEligibleFirstCall() {
    return eligibleFirstCall;
  }

  public void setEligibleFirstCall(int eligibleFirstCall) {
    this.eligibleFirstCall = eligibleFirstCall;
  }

  public int getEligiblePreviousAttender() {
    return eligiblePreviousAttender;
  }

  public void setEligiblePreviousAttender(int eligiblePreviousAttender) {
    this.eligiblePreviousAttender = eligiblePreviousAttender;
  }

  public int getEligiblePreviousNonAttender() {
    return eligiblePreviousNonAttender;
  }

  public void setEligiblePreviousNonAttender(int eligiblePreviousNonAttender) {
    this.eligiblePreviousNonAttender = eligiblePreviousNonAttender;
  }

  public int getEligibleTotal() {
    return eligibleFirstCall + eligiblePreviousAttender + eligiblePreviousNonAttender;
  }

  /**
   * Women expected to attend when the practice's batch is invited: each cohort times its uptake
   * (domain.md §2.4, §9 "Annual demand").
   */
  public double expectedAttendances(ScreeningService settings) {
    return eligibleFirstCall * settings.getUptakeFirstCall().doubleValue()
        + eligiblePreviousAttender * settings.getUptakePreviousAttender().doubleValue()
        + eligiblePreviousNonAttender * settings.getUptakePreviousNonAttender().doubleValue();
  }

  /** When the practice is next due: its last first offered appointment plus the round; or null. */
  public LocalDate dueDate(ScreeningService settings) {
    return lastFirstOfferedDate == null
        ? null
        : lastFirstOfferedDate.plusMonths(settings.getRoundLengthMonths());
  }

  public LocalDate getLastFirstOfferedDate() {
    return lastFirstOfferedDate;
  }

  public void setLastFirstOfferedDate(LocalDate lastFirstOfferedDate) {
    this.lastFirstOfferedDate = lastFirstOfferedDate;
  }

  public Site getHomeSite() {
    return homeSite;
  }

  public void setHomeSite(Site homeSite) {
    this.homeSite = homeSite;
  }

  public Set<Site> getAlternativeSites() {
    return alternativeSites;
  }

  public void setAlternativeSites(Set<Site> alternativeSites) {
    this.alternativeSites = new HashSet<>(alternativeSites);
  }

  public Integer getImdQuintile() {
    return imdQuintile;
  }

  public void setImdQuintile(Integer imdQuintile) {
    this.imdQuintile = imdQuintile;
  }

  public BigDecimal getHistoricUptake() {
    return historicUptake;
  }

  public void setHistoricUptake(BigDecimal historicUptake) {
    this.historicUptake = historicUptake;
  }

  @Override
  public String toString() {
    return odsCode + " " + name;
  }
}
