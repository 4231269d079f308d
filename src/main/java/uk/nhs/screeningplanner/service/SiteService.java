package uk.nhs.screeningplanner.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.shared.ValidationException;

/** Sites (static sites and mobile pitches) and the screening units that work at them. */
@Service
public class SiteService {

  private final ServiceSettingsService services;
  private final SiteRepository sites;
  private final ScreeningUnitRepository units;
  private final RecordWriter writer;

  SiteService(
      ServiceSettingsService services,
      SiteRepository sites,
      ScreeningUnitRepository units,
      RecordWriter writer) {
    this.services = services;
    this.sites = sites;
    this.units = units;
    this.writer = writer;
  }

  @Transactional(readOnly = true)
  public Page<Site> sites(String search, Pageable pageable) {
    ScreeningService service = services.current();
    Specification<Site> filter = Searches.inService(service, search, "name", "code", "postcode");
    return sites.findAll(filter, pageable);
  }

  @Transactional(readOnly = true)
  public List<Site> allSites() {
    return sites.findByServiceOrderByCode(services.current());
  }

  @Transactional(readOnly = true)
  public List<ScreeningUnit> allUnits() {
    return units.findByServiceOrderByCode(services.current());
  }

  /** One site as last saved, e.g. to reload it after someone else changed it. */
  @Transactional(readOnly = true)
  public Site site(Long id) {
    return RecordWriter.existing(sites, id, "site");
  }

  /** One screening unit as last saved. */
  @Transactional(readOnly = true)
  public ScreeningUnit unit(Long id) {
    return RecordWriter.existing(units, id, "screening unit");
  }

  public Site newSite() {
    return new Site(services.current(), "", "", SiteKind.MOBILE_PITCH);
  }

  public ScreeningUnit newUnit() {
    return new ScreeningUnit(services.current(), "", "", UnitKind.MOBILE_VAN);
  }

  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @Transactional
  public Site save(Site site) {
    List<String> problems = new ArrayList<>();
    if (site.getKind() == SiteKind.STATIC && site.getRooms() < 1) {
      problems.add("Rooms: a static site needs at least one room");
    }
    if (site.getKind() == SiteKind.MOBILE_PITCH && site.isAssessmentCapable()) {
      problems.add("Assessment capable: assessment happens at static sites only, never on vans");
    }
    for (BlackoutPeriod blackout : site.getBlackouts()) {
      if (blackout.startDate() == null
          || blackout.endDate() == null
          || blackout.endDate().isBefore(blackout.startDate())) {
        problems.add("Blackouts: each period needs a start and an end on or after the start");
      }
    }
    sites
        .findByServiceAndCode(site.getService(), site.getCode())
        .filter(other -> !other.getId().equals(site.getId()))
        .ifPresent(other -> problems.add("Code: " + other + " already uses this code"));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return writer.save(site, sites, "site", Site::toString);
  }

  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @Transactional
  public ScreeningUnit save(ScreeningUnit unit) {
    List<String> problems = new ArrayList<>();
    if (unit.getKind() == UnitKind.STATIC_ROOM && unit.getStaticSite() == null) {
      problems.add("Static site: choose the site this room belongs to");
    }
    if (unit.getKind() == UnitKind.STATIC_ROOM
        && unit.getStaticSite() != null
        && unit.getStaticSite().getKind() != SiteKind.STATIC) {
      problems.add("Static site: a static room must belong to a static site, not a mobile pitch");
    }
    if (unit.getKind() == UnitKind.MOBILE_VAN && unit.getStaticSite() != null) {
      problems.add("Static site: leave empty for a mobile van; the unit calendar says where it is");
    }
    units
        .findByServiceAndCode(unit.getService(), unit.getCode())
        .filter(other -> !other.getId().equals(unit.getId()))
        .ifPresent(other -> problems.add("Code: " + other + " already uses this code"));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return writer.save(unit, units, "screening unit", ScreeningUnit::toString);
  }
}
