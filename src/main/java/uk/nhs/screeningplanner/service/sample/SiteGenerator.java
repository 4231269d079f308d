package uk.nhs.screeningplanner.service.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteKind;

/**
 * Static sites first (the first is the main, assessment-capable breast unit; domain.md §4), then
 * van pitches of mixed kinds with their blackout periods over the calendar year ahead.
 */
final class SiteGenerator {

  private static final List<String> STATIC_NAMES =
      List.of("Breast Screening Centre", "Community Hospital", "Health Campus", "Treatment Centre");

  private final ScreeningService service;
  private final Geography geography;
  private final Set<String> codes = new HashSet<>();

  SiteGenerator(ScreeningService service, Geography geography) {
    this.service = service;
    this.geography = geography;
  }

  /** Static sites share the rooms out: one each, and the rest at the main site. */
  List<Site> staticSites(SampleSpec.Estate estate) {
    List<Site> result = new ArrayList<>();
    List<Town> towns = geography.towns();
    for (int i = 0; i < estate.staticSites(); i++) {
      Town town = towns.get(i % towns.size());
      String label = STATIC_NAMES.get(i % STATIC_NAMES.size());
      Site site = site(town, label, SiteKind.STATIC);
      site.setRooms(i == 0 ? estate.staticRooms() - (estate.staticSites() - 1) : 1);
      site.setAssessmentCapable(i == 0);
      result.add(site);
    }
    return result;
  }

  /**
   * Pitches go round the towns after the static sites' towns, so the larger towns also get a pitch
   * once every town has one; seaside pitches go to the coastal town.
   */
  List<Site> pitches(int count, boolean coastal, int firstTown, LocalDate from, LocalDate to) {
    List<Site> result = new ArrayList<>();
    List<Town> towns = geography.towns();
    for (int i = 0; i < count; i++) {
      PitchKind kind = PitchKind.nth(i, coastal);
      Town town =
          kind == PitchKind.SEASIDE
              ? geography.seaside()
              : towns.get((firstTown + i) % towns.size());
      Site site = site(town, kind.label(), SiteKind.MOBILE_PITCH);
      site.setBlackouts(kind.blackouts(from, to));
      result.add(site);
    }
    return result;
  }

  private Site site(Town town, String label, SiteKind kind) {
    String code = uniqueCode(town, label);
    Site site = new Site(service, code, town.name() + " " + label, kind);
    double[] point = geography.near(town, 0.01);
    site.setPostcode(geography.postcode(town));
    site.setLatitude(Geography.degrees(point[0]));
    site.setLongitude(Geography.degrees(point[1]));
    return site;
  }

  /** Four letters of the town and the initials of the label, e.g. ASHB-SCP. */
  private String uniqueCode(Town town, String label) {
    String letters = town.name().replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
    StringBuilder initials = new StringBuilder();
    for (String word : label.split(" ")) {
      initials.append(Character.toUpperCase(word.charAt(0)));
    }
    String base = letters.substring(0, Math.min(4, letters.length())) + "-" + initials;
    String code = base;
    for (int n = 2; !codes.add(code); n++) {
      code = base + n;
    }
    return code;
  }
}
