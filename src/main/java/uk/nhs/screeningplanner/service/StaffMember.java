package uk.nhs.screeningplanner.service;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/** A member of the screening team: who can do what, where they are based and how much they work. */
@Entity
@Table(name = "staff_member")
public class StaffMember extends VersionedEntity {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "service_id")
  private ScreeningService service;

  @NotBlank
  @Size(max = 16)
  @Pattern(regexp = "[A-Z0-9-]+", message = "use capital letters, digits and hyphens only")
  private String staffCode;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotEmpty(message = "choose at least one skill")
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_skill", joinColumns = @JoinColumn(name = "staff_id"))
  @Column(name = "skill")
  @Enumerated(EnumType.STRING)
  private Set<Skill> skills = EnumSet.noneOf(Skill.class);

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "base_site_id")
  private Site baseSite;

  /** Ten sessions (AM/PM) is a full-time week. */
  @Min(0)
  @Max(14)
  private int contractedSessionsPerWeek = 10;

  /** domain.md §2.2: one BSO limits permanent staff to 3 van days a week. */
  @Min(0)
  @Max(7)
  private int maxVanDaysPerWeek = 3;

  /** Cases read per hour; domain.md §3.1 gives ~30–60, 45 central. Readers only. */
  @Min(1)
  @Max(150)
  private Integer readingRatePerHour;

  /**
   * Job-planned reading sessions a week (readers only): the roster rosters up to this many and the
   * clinic schedule uses at most the contract less this many, so a split role (4 reading and 4
   * clinic sessions) is honoured. Empty means {@link #DEFAULT_READING_SESSIONS}, capped by the
   * contract.
   */
  @Min(0)
  @Max(14)
  private Integer readingSessionsPerWeek;

  @Min(0)
  @Max(100000)
  private int readsThisYear;

  @Min(0)
  @Max(100000)
  private int firstReadsThisYear;

  private boolean active = true;

  /** Reading sessions a week of a reader with none job-planned (a local choice [B]). */
  public static final int DEFAULT_READING_SESSIONS = 4;

  protected StaffMember() {}

  public StaffMember(ScreeningService service, String staffCode, String name) {
    this.service = service;
    this.staffCode = staffCode;
    this.name = name;
  }

  public ScreeningService getService() {
    return service;
  }

  public String getStaffCode() {
    return staffCode;
  }

  public void setStaffCode(String staffCode) {
    this.staffCode = staffCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Set<Skill> getSkills() {
    return skills;
  }

  public void setSkills(Set<Skill> skills) {
    this.skills = skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(skills);
  }

  public boolean has(Skill skill) {
    return skills.contains(skill);
  }

  public Site getBaseSite() {
    return baseSite;
  }

  public void setBaseSite(Site baseSite) {
    this.baseSite = baseSite;
  }

  public int getContractedSessionsPerWeek() {
    return contractedSessionsPerWeek;
  }

  public void setContractedSessionsPerWeek(int contractedSessionsPerWeek) {
    this.contractedSessionsPerWeek = contractedSessionsPerWeek;
  }

  public int getMaxVanDaysPerWeek() {
    return maxVanDaysPerWeek;
  }

  public void setMaxVanDaysPerWeek(int maxVanDaysPerWeek) {
    this.maxVanDaysPerWeek = maxVanDaysPerWeek;
  }

  public Integer getReadingRatePerHour() {
    return readingRatePerHour;
  }

  public void setReadingRatePerHour(Integer readingRatePerHour) {
    this.readingRatePerHour = readingRatePerHour;
  }

  public Integer getReadingSessionsPerWeek() {
    return readingSessionsPerWeek;
  }

  public void setReadingSessionsPerWeek(Integer readingSessionsPerWeek) {
    this.readingSessionsPerWeek = readingSessionsPerWeek;
  }

  /**
   * The reading sessions a week this person's job plan gives: 0 for someone who does not read, else
   * the set number (or the default) capped by the contract.
   */
  public int jobPlannedReadingSessions() {
    if (!has(Skill.READER)) {
      return 0;
    }
    int planned =
        readingSessionsPerWeek == null ? DEFAULT_READING_SESSIONS : readingSessionsPerWeek;
    return Math.min(planned, contractedSessionsPerWeek);
  }

  /** Sessions a week left for clinics once the job-planned reading is taken. */
  public int clinicSessionsPerWeek() {
    return contractedSessionsPerWeek - jobPlannedReadingSessions();
  }

  public int getReadsThisYear() {
    return readsThisYear;
  }

  public void setReadsThisYear(int readsThisYear) {
    this.readsThisYear = readsThisYear;
  }

  public int getFirstReadsThisYear() {
    return firstReadsThisYear;
  }

  public void setFirstReadsThisYear(int firstReadsThisYear) {
    this.firstReadsThisYear = firstReadsThisYear;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  @Override
  public String toString() {
    return name + " (" + staffCode + ")";
  }
}
