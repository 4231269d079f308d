package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.ValidationResult;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteKind;

/** A site or mobile pitch: where it is, what it can host, and when it cannot be used. */
class SiteForm extends EditorForm<Site> {

  SiteForm(boolean editable) {
    super(Site.class, "site", "site", editable);
    FieldFactory<Site> f = fields();
    var code = f.upperCase("code", "Code");
    code.setHelperText("Short unique code, e.g. LGI or P-ASDA-HB");
    var kind = f.select("kind", "Kind", SiteKind.values(), SiteKind::label);
    var postcode = f.upperCase("postcode", "Postcode");
    postcode.setHelperText("UK postcode, e.g. LS1 4AP");
    var rooms = f.integer("rooms", "Rooms", 0, 20);
    rooms.setHelperText("Screening rooms at a static site; 0 for a pitch");
    var latitude = f.decimal("latitude", "Latitude", "49.0", "61.0");
    latitude.setHelperText("Optional, for travel times");
    var longitude = f.decimal("longitude", "Longitude", "-9.0", "2.0");
    longitude.setHelperText("Optional, for travel times");
    var assessment = f.checkbox("assessmentCapable", "Assessment capable");
    assessment.setTooltipText("Women recalled for assessment can be seen here (static sites only)");
    BlackoutPeriodsField blackouts = new BlackoutPeriodsField();
    f.register("blackouts", "Blackout periods", blackouts);
    binder()
        .forField(blackouts)
        .withValidator(
            (list, context) ->
                BlackoutPeriods.problem(list)
                    .map(ValidationResult::error)
                    .orElse(ValidationResult.ok()))
        .bind("blackouts");
    var name = f.text("name", "Name");
    FormLayout layout =
        new FormLayout(
            code,
            name,
            kind,
            postcode,
            rooms,
            latitude,
            longitude,
            assessment,
            f.checkbox("active", "Active"));
    layout.add(blackouts, 2);
    addContent(layout);
  }
}
