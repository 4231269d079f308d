package uk.nhs.screeningplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.shared.NotFoundException;

@SpringBootTest
@ActiveProfiles("test")
class SolverJobServiceTest {

  @Autowired SolverJobService jobs;
  @Autowired ServiceSettingsService services;

  @Test
  void shouldRecordAJobFromStartToStop() {
    long serviceId = services.current().getId();
    SolverJob job = jobs.begin("TEST", serviceId, "rota");
    jobs.progress(job.getId(), "0hard/-10medium/-5soft", "10 cases late");

    SolverJob ended =
        jobs.end(job.getId(), SolverJobStatus.STOPPED, "0hard/0medium/-5soft", "", null);

    assertThat(ended.getStatus()).isEqualTo(SolverJobStatus.STOPPED);
    assertThat(ended.getEndedAt()).isNotNull();
    assertThat(jobs.latest("TEST", serviceId).orElseThrow().getBestScore())
        .isEqualTo("0hard/0medium/-5soft");
  }

  @Test
  void shouldWriteProgressAtMostOncePerSecond() {
    long serviceId = services.current().getId();
    SolverJob job = jobs.begin("THROTTLE", serviceId, "rota");
    jobs.progress(job.getId(), "-2hard/0medium/0soft", "first");
    jobs.progress(job.getId(), "-1hard/0medium/0soft", "second, too soon");

    assertThat(jobs.job(job.getId()).getSummary()).isEqualTo("first");
  }

  @Test
  void shouldMarkJobsLeftSolvingAsInterruptedOnStart() {
    long serviceId = services.current().getId();
    SolverJob job = jobs.begin("RESTART", serviceId, "rota");

    jobs.afterSingletonsInstantiated();

    assertThat(jobs.job(job.getId()).getStatus()).isEqualTo(SolverJobStatus.INTERRUPTED);
  }

  @Test
  void shouldRefuseAnUnknownJob() {
    assertThatThrownBy(() -> jobs.job(-1)).isInstanceOf(NotFoundException.class);
  }
}
