package uk.nhs.screeningplanner.service;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/** A mobile van or a static screening room, with its throughput at standard staffing. */
@Entity
@Table(name = "screening_unit")
public class ScreeningUnit extends VersionedEntity {

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
  private UnitKind kind = UnitKind.MOBILE_VAN;

  @Size(max = 16)
  private String registration;

  /** The site a static room belongs to; empty for a van. */
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "static_site_id")
  private Site staticSite;

  @Min(1)
  @Max(6)
  private int lanes = 1;

  /** domain.md §2.3: a van screens typically 40–50 a day. */
  @Min(1)
  @Max(200)
  private int dailyThroughput = 45;

  private boolean active = true;

  protected ScreeningUnit() {}

  public ScreeningUnit(ScreeningService service, String code, String name, UnitKind kind) {
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

  public UnitKind getKind() {
    return kind;
  }

  public void setKind(UnitKind kind) {
    this.kind = kind;
  }

  public String getRegistration() {
    return registration;
  }

  public void setRegistration(String registration) {
    this.registration = registration;
  }

  public Site getStaticSite() {
    return staticSite;
  }

  public void setStaticSite(Site staticSite) {
    this.staticSite = staticSite;
  }

  public int getLanes() {
    return lanes;
  }

  public void setLanes(int lanes) {
    this.lanes = lanes;
  }

  public int getDailyThroughput() {
    return dailyThroughput;
  }

  public void setDailyThroughput(int dailyThroughput) {
    this.dailyThroughput = dailyThroughput;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  @Override
  public String toString() {
    return code + " " + name;
  }
}
