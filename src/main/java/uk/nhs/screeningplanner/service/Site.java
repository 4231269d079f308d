package uk.nhs.screeningplanner.service;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/** A place where screening happens: a static site with rooms, or a mobile van pitch. */
@Entity
public class Site extends VersionedEntity {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "service_id")
  private ScreeningService service;

  @NotBlank
  @Size(max = 16)
  @Pattern(regexp = "[A-Z0-9-]+", message = "use capital letters, digits and hyphens only")
  private String code;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  private SiteKind kind = SiteKind.MOBILE_PITCH;

  @Size(max = 10)
  @Pattern(
      regexp = "^$|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}",
      message = "enter a UK postcode such as LS1 4AP")
  private String postcode;

  @DecimalMin("49.0")
  @DecimalMax("61.0")
  private BigDecimal latitude;

  @DecimalMin("-9.0")
  @DecimalMax("2.0")
  private BigDecimal longitude;

  @Min(0)
  @Max(20)
  private int rooms;

  private boolean assessmentCapable;

  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "site_blackout", joinColumns = @JoinColumn(name = "site_id"))
  @OrderBy("startDate")
  private List<BlackoutPeriod> blackouts = new ArrayList<>();

  protected Site() {}

  public Site(ScreeningService service, String code, String name, SiteKind kind) {
    this.service = service;
    this.code = code;
    this.name = name;
    this.kind = kind;
  }

  public ScreeningService getService() {
    return service;
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

  public SiteKind getKind() {
    return kind;
  }

  public void setKind(SiteKind kind) {
    this.kind = kind;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public void setLatitude(BigDecimal latitude) {
    this.latitude = latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public void setLongitude(BigDecimal longitude) {
    this.longitude = longitude;
  }

  public int getRooms() {
    return rooms;
  }

  public void setRooms(int rooms) {
    this.rooms = rooms;
  }

  public boolean isAssessmentCapable() {
    return assessmentCapable;
  }

  public void setAssessmentCapable(boolean assessmentCapable) {
    this.assessmentCapable = assessmentCapable;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<BlackoutPeriod> getBlackouts() {
    return blackouts;
  }

  public void setBlackouts(List<BlackoutPeriod> blackouts) {
    this.blackouts = new ArrayList<>(blackouts);
  }

  @Override
  public String toString() {
    return code + " " + name;
  }
}
