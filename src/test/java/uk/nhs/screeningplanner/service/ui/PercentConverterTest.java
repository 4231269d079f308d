package uk.nhs.screeningplanner.service.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.binder.ValueContext;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentConverterTest {

  private final ValueContext context = new ValueContext();

  @Test
  void showsAFractionAsAPercentage() {
    assertThat(
            PercentConverter.ofFraction().convertToPresentation(new BigDecimal("0.819"), context))
        .isEqualTo(81.9);
  }

  @Test
  void storesAPercentageAsAFractionAtTheColumnScale() {
    BigDecimal stored = model(PercentConverter.ofFraction(), 59.0);

    assertThat(stored).isEqualTo(new BigDecimal("0.5900"));
  }

  @Test
  void anUnchangedValueRoundTripsToTheSameText() {
    BigDecimal loaded = new BigDecimal("0.0250");
    PercentConverter converter = PercentConverter.ofFraction();

    Double shown = converter.convertToPresentation(loaded, context);

    assertThat(model(converter, shown).toString()).isEqualTo(loaded.toString());
  }

  @Test
  void keepsValuesStoredAsPercentages() {
    assertThat(model(PercentConverter.ofPercent(), 130.0)).isEqualTo(new BigDecimal("130.00"));
    assertThat(PercentConverter.ofPercent().convertToPresentation(new BigDecimal("90.00"), context))
        .isEqualTo(90.0);
  }

  @Test
  void anEmptyFieldIsAnEmptyValue() {
    assertThat(model(PercentConverter.ofFraction(), null)).isNull();
    assertThat(PercentConverter.ofFraction().convertToPresentation(null, context)).isNull();
  }

  private BigDecimal model(PercentConverter converter, Double percent) {
    return converter.convertToModel(percent, context).getOrThrow(IllegalStateException::new);
  }
}
