package uk.nhs.screeningplanner.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueueMathsTest {

  @Test
  void targetQueueIsDemandTimesTargetWait() {
    // 400 reads a day with a 14-day target wait: 5,600 reads may be waiting
    assertThat(QueueMaths.targetQueue(400, 14)).isEqualTo(5600);
  }

  @Test
  void reliefCapacityServesDemandAndWorksTheExcessOffByTheTargetDate() {
    // 8,400 waiting, target 5,600, 28 days to get there: 400 + 2,800 / 28 = 500 a day
    assertThat(QueueMaths.reliefCapacity(400, 8400, 5600, 28)).isEqualTo(500);
    assertThat(QueueMaths.reliefCapacity(400, 5600, 5600, 28)).isEqualTo(400);
    assertThatThrownBy(() -> QueueMaths.reliefCapacity(400, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void loadIsDemandOverCapacity() {
    assertThat(QueueMaths.load(100, 80)).isEqualTo(1.25);
    assertThat(QueueMaths.load(0, 0)).isZero();
    assertThat(QueueMaths.load(1, 0)).isInfinite();
  }

  @Test
  void fifoQueueServesTheOldestFirstAndSplitsByQuintile() {
    FifoQueue q = new FifoQueue();
    q.add(5, 1, 30);
    q.add(2, 4, 10);
    q.add(5, 2, 10);
    double[] fromFive = new double[Quintiles.COUNT];
    int[] origins = new int[2];
    double served =
        q.serve(
            30,
            (origin, amounts) -> {
              if (origin == 5) {
                Quintiles.addInto(fromFive, amounts, 1);
              }
              origins[origin == 2 ? 0 : 1]++;
            });
    assertThat(served).isEqualTo(30);
    assertThat(origins).containsExactly(1, 1);
    // 20 of day 5's 40, pro rata: 15 of quintile 1 and 5 of quintile 2
    assertThat(fromFive[1]).isEqualTo(15);
    assertThat(fromFive[2]).isEqualTo(5);
    assertThat(q.size()).isEqualTo(20);
    assertThat(q.oldestOrigin()).isEqualTo(5);
  }
}
