package uk.nhs.screeningplanner.service.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleSpecTest {

  @Test
  void consortiumHasSevenServicesWithDistinctCodesNamesAreasAndSeeds() {
    List<SampleSpec> consortium = SampleSpec.consortium();

    assertThat(consortium).hasSize(7);
    assertThat(consortium).extracting(SampleSpec::code).doesNotHaveDuplicates();
    assertThat(consortium).extracting(SampleSpec::name).doesNotHaveDuplicates();
    assertThat(consortium).extracting(SampleSpec::seed).doesNotHaveDuplicates();
    assertThat(consortium).extracting(s -> s.area().postcodeArea()).doesNotHaveDuplicates();
    assertThat(consortium)
        .extracting(SampleSpec::code)
        .doesNotContain(SampleSpec.standard().code());
  }

  @Test
  void consortiumAddsUpToARegionalNetwork() {
    SampleServiceGenerator generator = new SampleServiceGenerator();
    List<SampleService> services =
        SampleSpec.consortium().stream()
            .map(spec -> generator.generate(spec, LocalDate.of(2026, 11, 23)))
            .toList();

    int practices = services.stream().mapToInt(s -> s.practices().size()).sum();
    int staff = services.stream().mapToInt(s -> s.staff().size()).sum();
    int availability = services.stream().mapToInt(s -> s.availability().size()).sum();
    assertThat((double) practices).isCloseTo(800, within(80.0));
    assertThat((double) staff).isCloseTo(190, within(20.0));
    assertThat((double) availability).isCloseTo(15_500, within(1_500.0));
  }

  @Test
  void withSeedChangesOnlyTheSeed() {
    SampleSpec standard = SampleSpec.standard();

    SampleSpec reseeded = standard.withSeed(7);

    assertThat(reseeded.seed()).isEqualTo(7);
    assertThat(reseeded).usingRecursiveComparison().ignoringFields("seed").isEqualTo(standard);
  }

  @Test
  void standardWorkforceCountsReadingRadiographersOnce() {
    SampleSpec.Workforce team = SampleSpec.standard().workforce();

    assertThat(team.radiologists()).isEqualTo(5);
    assertThat(team.breastClinicians()).isEqualTo(2);
    assertThat(team.readingRadiographers()).isEqualTo(3);
    assertThat(team.headCount()).isEqualTo(12 + 5 + 5 + 2 + 3);
  }

  @Test
  void refusesArbitratorsWhoAreNotAmongTheReaders() {
    assertThatThrownBy(() -> new SampleSpec.Workforce(18, 7, 4, 5, 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("arbitrators");
  }

  @Test
  void refusesMoreReadingRadiographersThanMammographers() {
    assertThatThrownBy(() -> new SampleSpec.Workforce(2, 0, 20, 2, 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("radiographers");
  }

  @Test
  void refusesAStaticSiteWithoutARoom() {
    assertThatThrownBy(() -> new SampleSpec.Estate(3, 3, 2, 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("room");
  }
}
