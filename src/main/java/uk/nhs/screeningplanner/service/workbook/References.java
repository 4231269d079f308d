package uk.nhs.screeningplanner.service.workbook;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.StaffMember;

/**
 * The sites, units and staff of one service by code, so a row's codes become references. Unknown
 * codes resolve to null; the workbook checks report them with their row and column.
 */
final class References {

  private final Map<String, Site> sites = new HashMap<>();
  private final Map<String, ScreeningUnit> units = new HashMap<>();
  private final Map<String, StaffMember> staff = new HashMap<>();

  void add(Site site) {
    sites.put(site.getCode(), site);
  }

  void add(ScreeningUnit unit) {
    units.put(unit.getCode(), unit);
  }

  void add(StaffMember member) {
    staff.put(member.getStaffCode(), member);
  }

  Site site(String code) {
    return code == null ? null : sites.get(code);
  }

  Set<Site> sites(Collection<String> codes) {
    Set<Site> found = new HashSet<>();
    codes.stream().map(sites::get).filter(Objects::nonNull).forEach(found::add);
    return found;
  }

  ScreeningUnit unit(String code) {
    return code == null ? null : units.get(code);
  }

  StaffMember staff(String code) {
    return code == null ? null : staff.get(code);
  }

  /** The known codes of one kind, sorted, for "expected one of …". */
  List<String> codes(ReferenceColumn.Kind kind) {
    Map<String, ?> known =
        switch (kind) {
          case SITE -> sites;
          case UNIT -> units;
          case STAFF -> staff;
        };
    return known.keySet().stream().sorted().toList();
  }

  boolean hasSite(String code) {
    return sites.containsKey(code);
  }

  boolean hasUnit(String code) {
    return units.containsKey(code);
  }

  boolean hasStaff(String code) {
    return staff.containsKey(code);
  }
}
