package uk.nhs.screeningplanner.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nhs.screeningplanner.forecast.ForecastFigures.Kind;

class ForecastFiguresTest {

  @Test
  void differencesCarryTheSignOfWhatIsShown() {
    assertThat(ForecastFigures.difference(61.1, 61.1, Kind.PERCENT)).isEqualTo("0.0 points");
    assertThat(ForecastFigures.difference(99.99, 100.0, Kind.PERCENT)).isEqualTo("0.0 points");
    assertThat(ForecastFigures.difference(92.5, 90.0, Kind.PERCENT)).isEqualTo("+2.5 points");
    assertThat(ForecastFigures.difference(382, 659, Kind.COUNT)).isEqualTo("−277");
    assertThat(ForecastFigures.difference(5, 6, Kind.DAYS)).isEqualTo("−1 day");
    assertThat(ForecastFigures.difference(1, 1, Kind.LOAD)).isEqualTo("0.00");
  }

  @Test
  void statusAgainstTheNhsLevels() {
    var invited = ForecastFigures.rows(90, 99).get(0);
    assertThat(invited.id()).isEqualTo("invited");
    assertThat(invited.status(kpis(99.0))).isEqualTo("achievable");
    assertThat(invited.status(kpis(95.0))).isEqualTo("acceptable");
    assertThat(invited.status(kpis(89.9))).isEqualTo("below");
    assertThat(invited.status(kpis(Double.NaN))).isEmpty();
    assertThat(invited.format(kpis(Double.NaN))).isEqualTo("none due");
  }

  private static uk.nhs.screeningplanner.forecast.model.Kpis kpis(double invited) {
    return new uk.nhs.screeningplanner.forecast.model.Kpis(
        invited, 0, 0, 0, 0, 100, 0, 100, 1, 1, 1);
  }
}
