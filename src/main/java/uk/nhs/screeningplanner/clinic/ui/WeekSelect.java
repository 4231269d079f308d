package uk.nhs.screeningplanner.clinic.ui;

import com.vaadin.flow.component.select.Select;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.screeningplanner.clinic.SessionView;

/** "Week beginning": the Mondays of a plan's sessions, keeping the chosen week across reloads. */
final class WeekSelect extends Select<LocalDate> {

  WeekSelect(String id, Runnable onChange) {
    setId(id);
    setLabel("Week beginning");
    setItemLabelGenerator(PlanText::date);
    addValueChangeListener(e -> onChange.run());
  }

  /** Offers the weeks of these sessions; stays on the chosen week if it is still there. */
  void offer(List<SessionView> sessions) {
    List<LocalDate> weeks =
        sessions.stream().map(s -> s.date().with(DayOfWeek.MONDAY)).distinct().sorted().toList();
    LocalDate selected = getValue();
    setItems(weeks);
    setValue(weeks.contains(selected) ? selected : weeks.isEmpty() ? null : weeks.get(0));
  }
}
