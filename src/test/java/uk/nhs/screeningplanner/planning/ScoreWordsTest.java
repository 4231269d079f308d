package uk.nhs.screeningplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreWordsTest {

  @Test
  void aFeasibleScoreReadsAsKeptRulesMediumUnitAndSoftCost() {
    assertThat(ScoreWords.describe("0hard/-18medium/-36449soft", "slots lost", "fairness"))
        .isEqualTo("every hard rule kept · 18 slots lost · cost of fairness 36,449");
  }

  @Test
  void brokenHardRulesAndUnplannedEntitiesAreSaidFirst() {
    assertThat(ScoreWords.describe("-3init/-120hard/0medium/0soft", "case-days late", "wishes"))
        .isEqualTo(
            "3 not yet planned · hard rules broken (penalty 120: see Why?) · 0 case-days late"
                + " · cost of wishes 0");
  }

  @Test
  void somethingElseIsShownAsItIsAndNothingAsNotSolved() {
    assertThat(ScoreWords.describe("42", "x", "y")).isEqualTo("42");
    assertThat(ScoreWords.describe(null, "x", "y")).isEqualTo("not solved yet");
    assertThat(ScoreWords.describe(" ", "x", "y")).isEqualTo("not solved yet");
  }
}
