package uk.nhs.screeningplanner.service.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.StaffMember;

class SampleServiceGeneratorTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  private final SampleServiceGenerator generator = new SampleServiceGenerator();

  @Test
  void sameSpecAndAnchorGiveTheSameService() {
    SampleService first = generator.generate(SampleSpec.standard(), MONDAY);
    SampleService second = generator.generate(SampleSpec.standard(), MONDAY);

    assertThat(second).isNotSameAs(first);
    assertThat(second).usingRecursiveComparison().isEqualTo(first);
  }

  @Test
  void anotherSeedGivesAnotherService() {
    SampleService standard = generator.generate(SampleSpec.standard(), MONDAY);
    SampleService reseeded = generator.generate(SampleSpec.standard().withSeed(42), MONDAY);

    assertThat(reseeded).usingRecursiveComparison().isNotEqualTo(standard);
    assertThat(sizes(reseeded)).isNotEqualTo(sizes(standard));
    assertThat(reseeded.staff().stream().map(StaffMember::getName))
        .isNotEqualTo(standard.staff().stream().map(StaffMember::getName).toList());
  }

  @Test
  void anotherAnchorMovesTheCalendarAndLeaveButKeepsThePeople() {
    SampleService later = generator.generate(SampleSpec.standard(), MONDAY.plusWeeks(1));
    SampleService standard = generator.generate(SampleSpec.standard(), MONDAY);

    assertThat(sizes(later)).isEqualTo(sizes(standard));
    assertThat(later.calendar().get(0).getStartDate()).isEqualTo(MONDAY.plusWeeks(1));
    assertThat(later.availability().stream().map(a -> a.getStartDate()).toList())
        .isNotEqualTo(standard.availability().stream().map(a -> a.getStartDate()).toList());
  }

  @Test
  void refusesAnAnchorThatIsNotAMonday() {
    assertThatThrownBy(() -> generator.generate(SampleSpec.standard(), MONDAY.plusDays(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Monday");
  }

  @Test
  void weekStartIsTheMondayOfTheWeekContainingTheDay() {
    assertThat(SampleServiceGenerator.weekStart(LocalDate.of(2026, 11, 29))).isEqualTo(MONDAY);
    assertThat(SampleServiceGenerator.weekStart(MONDAY)).isEqualTo(MONDAY);
    assertThat(SampleServiceGenerator.weekStart(LocalDate.of(2026, 11, 30)))
        .isEqualTo(MONDAY.plusWeeks(1));
  }

  private static java.util.List<Integer> sizes(SampleService sample) {
    return sample.practices().stream().map(GpPractice::getEligibleTotal).toList();
  }
}
