package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.List;
import java.util.function.Supplier;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;

/** A member of staff: skills, base, working limits and reading volumes so far this year. */
class StaffForm extends EditorForm<StaffMember> {

  private final Supplier<List<Site>> sites;
  private final ComboBox<Site> baseSite;

  StaffForm(boolean editable, Supplier<List<Site>> sites) {
    super(StaffMember.class, "staff", "staff member", editable);
    this.sites = sites;
    FieldFactory<StaffMember> f = fields();
    var code = f.upperCase("staffCode", "Staff code");
    code.setHelperText("Short unique code, e.g. M01");
    CheckboxGroup<Skill> skills = f.register("skills", "Skills", new CheckboxGroup<>("Skills"));
    // vaadin-checkbox-group (role=group) marks itself aria-required, which ARIA does not allow on
    // a group (axe: aria-allowed-attr, critical); the label's required mark stays
    skills.addAttachListener(
        e -> skills.getElement().executeJs("this.removeAttribute('aria-required')"));
    skills.setItems(Skill.values());
    skills.setItemLabelGenerator(Skill::label);
    binder().forField(skills).bind("skills");
    baseSite = f.combo("baseSite", "Base site", Site::toString);
    var sessions = f.integer("contractedSessionsPerWeek", "Contracted sessions a week", 0, 14);
    sessions.setHelperText("AM and PM sessions; 10 is full time");
    var vanDays = f.integer("maxVanDaysPerWeek", "Max van days a week", 0, 7);
    vanDays.setHelperText("Local limit on days on the mobile vans, often 3");
    var rate = f.optionalInteger("readingRatePerHour", "Reading rate per hour", 1, 150);
    rate.setHelperText("Cases read an hour (readers only); about 45 is typical");
    var reading = f.optionalInteger("readingSessionsPerWeek", "Reading sessions a week", 0, 14);
    reading.setHelperText("Job-planned (readers only); empty means 4. Clinics get the rest");
    var reads = f.integer("readsThisYear", "Reads this year", 0, 100000);
    reads.setHelperText("Towards the 5,000 a year minimum");
    var firstReads = f.integer("firstReadsThisYear", "First reads this year", 0, 100000);
    firstReads.setHelperText("Towards the 1,500 a year minimum");
    FormLayout layout =
        new FormLayout(
            code,
            f.text("name", "Name"),
            skills,
            baseSite,
            sessions,
            vanDays,
            rate,
            reading,
            reads,
            firstReads,
            f.checkbox("active", "Active"));
    layout.setColspan(skills, 2);
    addContent(layout);
  }

  @Override
  void edit(StaffMember member) {
    baseSite.setItems(sites.get());
    super.edit(member);
  }
}
