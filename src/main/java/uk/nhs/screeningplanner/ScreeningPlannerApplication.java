package uk.nhs.screeningplanner;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Screening Planner: capacity planning for NHS breast screening services. */
@SpringBootApplication
@Theme("screening-planner")
@Push
public class ScreeningPlannerApplication implements AppShellConfigurator {

  public static void main(String[] args) {
    SpringApplication.run(ScreeningPlannerApplication.class, args);
  }
}
