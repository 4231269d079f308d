package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shows a stored number as a percentage in a number field. Rates are stored as fractions (0.59) but
 * people think in percent (59%); some settings are stored as percent already. The model value keeps
 * the column's scale so an unchanged value does not show up as a change in the audit trail.
 */
final class PercentConverter implements Converter<Double, BigDecimal> {

  private final int shift;
  private final int scale;

  private PercentConverter(int shift, int scale) {
    this.shift = shift;
    this.scale = scale;
  }

  /** Stored as a fraction of one with four decimals, e.g. numeric(5,4). */
  static PercentConverter ofFraction() {
    return new PercentConverter(2, 4);
  }

  /** Stored as a percentage with two decimals, e.g. numeric(5,2). */
  static PercentConverter ofPercent() {
    return new PercentConverter(0, 2);
  }

  @Override
  public Result<BigDecimal> convertToModel(Double percent, ValueContext context) {
    if (percent == null) {
      return Result.ok(null);
    }
    BigDecimal value = BigDecimal.valueOf(percent).movePointLeft(shift);
    return Result.ok(value.setScale(scale, RoundingMode.HALF_UP));
  }

  @Override
  public Double convertToPresentation(BigDecimal value, ValueContext context) {
    return value == null ? null : value.movePointRight(shift).doubleValue();
  }
}
