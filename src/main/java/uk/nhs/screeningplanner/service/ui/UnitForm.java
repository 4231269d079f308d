package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.List;
import java.util.function.Supplier;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteKind;
import uk.nhs.screeningplanner.service.UnitKind;

/** A mobile van or a static room and its capacity at standard staffing. */
class UnitForm extends EditorForm<ScreeningUnit> {

  private final Supplier<List<Site>> sites;
  private final ComboBox<Site> staticSite;

  UnitForm(boolean editable, Supplier<List<Site>> sites) {
    super(ScreeningUnit.class, "unit", "screening unit", editable);
    this.sites = sites;
    FieldFactory<ScreeningUnit> f = fields();
    var code = f.upperCase("code", "Code");
    code.setHelperText("Short unique code, e.g. VAN-1");
    var kind = f.select("kind", "Kind", UnitKind.values(), UnitKind::label);
    var registration = f.upperCase("registration", "Registration");
    registration.setHelperText("Vehicle registration (vans only)");
    staticSite = f.combo("staticSite", "Static site", Site::toString);
    staticSite.setHelperText("The site a static room belongs to; leave empty for a van");
    var lanes = f.integer("lanes", "Lanes", 1, 6);
    lanes.setHelperText("Screening lanes (rooms or X-ray sets) in the unit");
    var throughput = f.integer("dailyThroughput", "Daily throughput", 1, 200);
    throughput.setHelperText("Women screened a day at standard staffing; a van does 40–50");
    FormLayout layout =
        new FormLayout(
            code,
            f.text("name", "Name"),
            kind,
            registration,
            staticSite,
            lanes,
            throughput,
            f.checkbox("active", "Active"));
    addContent(layout);
  }

  @Override
  void edit(ScreeningUnit unit) {
    staticSite.setItems(sites.get().stream().filter(s -> s.getKind() == SiteKind.STATIC).toList());
    super.edit(unit);
  }
}
