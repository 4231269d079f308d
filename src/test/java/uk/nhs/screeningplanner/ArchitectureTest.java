package uk.nhs.screeningplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.nhs.screeningplanner");

  @Test
  void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
    ApplicationModules.of(ScreeningPlannerApplication.class).verify();
  }

  @Test
  void viewsNeverTouchRepositories() {
    noClasses()
        .that()
        .areAssignableTo(Component.class)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Repository.class)
        .because("views call services; services own transactions (style.md habit 7)")
        .check(CLASSES);
  }

  @Test
  void everyRouteDeclaresWhoMayOpenIt() {
    ArchRuleDefinition.classes()
        .that()
        .areAnnotatedWith(Route.class)
        .should()
        .beAnnotatedWith(RolesAllowed.class)
        .orShould()
        .beAnnotatedWith(PermitAll.class)
        .orShould()
        .beAnnotatedWith(AnonymousAllowed.class)
        .because("@RolesAllowed on every view (style.md habit 9)")
        .check(CLASSES);
  }

  @Test
  void servicesAndEntitiesDoNotDependOnTheUserInterface() {
    noClasses()
        .that()
        .areAnnotatedWith(org.springframework.stereotype.Service.class)
        .or()
        .areAnnotatedWith(jakarta.persistence.Entity.class)
        .or()
        .areAnnotatedWith(org.springframework.stereotype.Repository.class)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.vaadin..")
        .because("business logic must be usable without a browser")
        .check(CLASSES);
  }
}
