package uk.nhs.screeningplanner.service.sample;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Invented names for people, towns and streets. Combinations are drawn at random, so any likeness
 * to a real person or place is chance (design.md "Sample data": names of people are invented).
 */
final class Names {

  /**
   * Breast screening is done by female mammographers (domain.md §2.3), so most names are women's.
   */
  static final List<String> WOMEN =
      List.of(
          "Abigail",
          "Aisha",
          "Alison",
          "Amelia",
          "Anita",
          "Beatrice",
          "Bethan",
          "Caroline",
          "Chloe",
          "Claire",
          "Deborah",
          "Eleanor",
          "Emma",
          "Fatima",
          "Fiona",
          "Gemma",
          "Hannah",
          "Harriet",
          "Imogen",
          "Jasmine",
          "Joanne",
          "Karen",
          "Katie",
          "Laura",
          "Lucy",
          "Mairead",
          "Megan",
          "Nadia",
          "Niamh",
          "Olivia",
          "Pamela",
          "Priya",
          "Rachel",
          "Rebecca",
          "Ruth",
          "Sarah",
          "Shona",
          "Sophie",
          "Tamsin",
          "Yasmin",
          "Zara",
          "Helen",
          "Grace",
          "Ingrid");

  static final List<String> MEN =
      List.of(
          "Adrian", "Ben", "Daniel", "David", "Gareth", "Imran", "James", "Kwame", "Mark",
          "Matthew", "Owen", "Rajesh", "Simon", "Thomas", "Victor");

  static final List<String> SURNAMES =
      List.of(
          "Ashworth",
          "Bainbridge",
          "Barker",
          "Begum",
          "Bennett",
          "Bhatt",
          "Brennan",
          "Carver",
          "Chaudhry",
          "Clegg",
          "Coleman",
          "Dawson",
          "Devlin",
          "Ellison",
          "Fairclough",
          "Fenwick",
          "Garside",
          "Gill",
          "Greaves",
          "Hartley",
          "Hussain",
          "Iqbal",
          "Jarvis",
          "Kaur",
          "Kendall",
          "Kowalski",
          "Lister",
          "Lowther",
          "Mahmood",
          "Marsden",
          "McBride",
          "Morley",
          "Nolan",
          "Nwosu",
          "Okafor",
          "Oldroyd",
          "Patel",
          "Pickering",
          "Quinn",
          "Rahman",
          "Redfern",
          "Rowntree",
          "Sefton",
          "Shah",
          "Singh",
          "Sutcliffe",
          "Thackeray",
          "Thornton",
          "Varga",
          "Wainwright",
          "Walsh",
          "Whitaker",
          "Wilde",
          "Yeadon",
          "Zielinski",
          "Ainsley",
          "Blake");

  static final List<String> TOWN_STARTS =
      List.of(
          "Ash", "Brad", "Bram", "Carl", "Coln", "Dun", "Elm", "Fern", "Gold", "Hart", "Kings",
          "Lang", "March", "Nether", "Oak", "Pen", "Ridge", "Stan", "Thorn", "Wold", "Whit", "Ald",
          "Bex", "Crow", "Hol", "Mel", "Sel", "Wex", "Bur", "Stow");

  static final List<String> TOWN_ENDS =
      List.of(
          "bury", "ford", "ham", "ton", "wick", "field", "by", "well", "ley", "minster", "combe",
          "stead", "worth", "borough", "bridge", "thorpe");

  static final List<String> SEASIDE_ENDS = List.of("mouth", "haven", "sea", "cliff");

  static final List<String> STREETS =
      List.of(
          "Church Lane",
          "High Street",
          "Station Road",
          "Mill Lane",
          "Victoria Road",
          "Park Road",
          "Orchard Way",
          "Castle Street",
          "Market Place",
          "Bridge Street",
          "Priory Road",
          "Queens Road",
          "Elm Grove",
          "Abbey Road",
          "Chapel Street",
          "Green Lane",
          "Westgate",
          "Northgate",
          "Meadow Way",
          "Kiln Lane",
          "Tannery Row",
          "Cross Street",
          "Beacon Hill",
          "Well Lane",
          "Hollybush Road",
          "Larch Avenue");

  private Names() {}

  static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  /** Draws from {@code candidate} until it gives a name not used before, then a numbered one. */
  static String unique(Supplier<String> candidate, Set<String> used) {
    for (int attempt = 0; attempt < 50; attempt++) {
      String name = candidate.get();
      if (used.add(name)) {
        return name;
      }
    }
    String base = candidate.get();
    for (int n = 2; ; n++) {
      if (used.add(base + " " + n)) {
        return base + " " + n;
      }
    }
  }
}
