package uk.nhs.screeningplanner.service.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.UnitKind;

/** Mobile vans, and one screening room unit for each room of each static site. */
final class UnitGenerator {

  /** domain.md §2.3: a van screens typically 40 to 50 a day. */
  private static final int VAN_MIN_PER_DAY = 40;

  private static final int VAN_MAX_PER_DAY = 50;

  /** domain.md §9: a static room runs 2 sessions of ~22–26 slots a day [P]. */
  private static final int ROOM_MIN_PER_DAY = 44;

  private static final int ROOM_MAX_PER_DAY = 50;

  private static final String REGISTRATION_LETTERS = "ABCDEFGHJKLMNPRSTUVWXY";

  private final ScreeningService service;
  private final Random random;

  UnitGenerator(ScreeningService service, Random random) {
    this.service = service;
    this.random = random;
  }

  List<ScreeningUnit> vans(int count, String postcodeArea) {
    List<ScreeningUnit> vans = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ScreeningUnit van =
          new ScreeningUnit(service, "VAN-" + i, "Mobile unit " + i, UnitKind.MOBILE_VAN);
      van.setRegistration(registration(postcodeArea));
      van.setDailyThroughput(between(VAN_MIN_PER_DAY, VAN_MAX_PER_DAY));
      vans.add(van);
    }
    return vans;
  }

  List<ScreeningUnit> rooms(List<Site> staticSites) {
    List<ScreeningUnit> rooms = new ArrayList<>();
    for (Site site : staticSites) {
      for (int room = 1; room <= site.getRooms(); room++) {
        ScreeningUnit unit =
            new ScreeningUnit(
                service,
                site.getCode() + "-R" + room,
                site.getName() + ", room " + room,
                UnitKind.STATIC_ROOM);
        unit.setStaticSite(site);
        unit.setDailyThroughput(between(ROOM_MIN_PER_DAY, ROOM_MAX_PER_DAY));
        rooms.add(unit);
      }
    }
    return rooms;
  }

  /** A current-style registration such as MX19 KHT: area, age identifier, three letters. */
  private String registration(String postcodeArea) {
    String memory = (postcodeArea + "XX").substring(0, 2);
    int age = List.of(17, 18, 19, 20, 21, 67, 68, 69, 70).get(random.nextInt(9));
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      letters.append(REGISTRATION_LETTERS.charAt(random.nextInt(REGISTRATION_LETTERS.length())));
    }
    return memory + age + " " + letters;
  }

  private int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }
}
