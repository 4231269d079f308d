package uk.nhs.screeningplanner.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the roster page says beside the score, from hand-made figures. */
class RosterFiguresTest {

  static RosterFigures figures(
      long late,
      long anyReader,
      String state,
      long bound,
      double leastEnd,
      long atStart,
      long atEnd) {
    return new RosterFigures(
        late,
        anyReader,
        state,
        bound,
        leastEnd,
        1200,
        9000,
        1.24,
        2,
        atStart,
        "Friday's screens",
        300,
        atEnd,
        330,
        4);
  }

  @Test
  void saysHowFarTheRosterIsAboveTheBoundAndHowMuchTheDistinctReaderRuleCauses() {
    RosterFigures f = figures(312, 305, "ready", 300, 330, 300, 330);
    assertThat(f.lateVersusBound())
        .startsWith(
            "312 late case-days; no roster of these readers' job-planned sessions can have"
                + " fewer than 300")
        .contains("computed in 1.2 s")
        .endsWith(
            "This roster is 12 above it, 7 of them because no reader may read a case twice (the"
                + " same sessions without that rule would give 305).");
    assertThat(figures(300, 300, "ready", 300, 330, 300, 330).lateVersusBound())
        .endsWith("This roster reaches it.");
    assertThat(figures(300, 300, "computing", 0, 0, 300, 330).lateVersusBound())
        .isEqualTo("300 late case-days; the fewest any roster could reach is being computed…");
    assertThat(f.daysToResult())
        .isEqualTo(
            "Working days from screening to the last read: 1.2 on average, 95% within 2 (9,000"
                + " case-days of waiting in all).");
  }

  @Test
  void saysWhenReadingCapacityIsShortByHowManyCasesAWeek() {
    // the best roster still ends with 1,000 cases beyond the last day's 330 screens; it started
    // with only the day before's 300: 1,000 over 4 weeks
    RosterFigures shortOf = figures(5000, 5000, "ready", 4800, 1330, 300, 1500);
    assertThat(shortOf.shortPerWeek()).isEqualTo(250);
    assertThat(shortOf.capacity())
        .startsWith("Reading capacity is short by about 250 cases a week");
    // capacity is enough, but the roster hands on 500 it need not
    RosterFigures handsOn = figures(0, 0, "ready", 0, 330, 300, 830);
    assertThat(handsOn.shortPerWeek()).isZero();
    assertThat(handsOn.capacity()).startsWith("This roster ends with 500 cases waiting");
    assertThat(figures(0, 0, "ready", 0, 330, 300, 330).capacity())
        .startsWith("Reading capacity is enough");
    assertThat(figures(0, 0, "computing", 0, 0, 300, 330).capacity()).isEmpty();
  }

  @Test
  void saysWhereTheQueueStartsAndEnds() {
    assertThat(figures(0, 0, "ready", 0, 330, 300, 330).queue())
        .isEqualTo(
            "Cases waiting for a read: 300 at the start (Friday's screens); 330 at the end of the"
                + " horizon, 330 of them screened on its last working day.");
  }
}
