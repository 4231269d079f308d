package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Supplier;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.Site;

/** A GP practice: its eligible women by cohort, when they were last invited, and where. */
class PracticeForm extends EditorForm<GpPractice> {

  private final Supplier<List<Site>> sites;
  private final ComboBox<Site> homeSite;
  private final MultiSelectComboBox<Site> alternatives;

  PracticeForm(boolean editable, int roundLengthMonths, Supplier<List<Site>> sites) {
    super(GpPractice.class, "practice", "GP practice", editable);
    this.sites = sites;
    FieldFactory<GpPractice> f = fields();
    var ods = f.upperCase("odsCode", "ODS code");
    ods.setHelperText("A letter and five digits, e.g. B86012");
    var firstCall = f.integer("eligibleFirstCall", "Eligible: first call", 0, 100000);
    firstCall.setHelperText("Women invited for the first time, aged about 50 to 53");
    var attender = f.integer("eligiblePreviousAttender", "Eligible: previous attenders", 0, 100000);
    var nonAttender =
        f.integer("eligiblePreviousNonAttender", "Eligible: previous non-attenders", 0, 100000);
    var lastOffered = f.date("lastFirstOfferedDate", "Last first offered appointment");
    lastOffered.setHelperText(
        "The practice is due " + roundLengthMonths + " months after this date (round length)");
    homeSite = f.combo("homeSite", "Home site", Site::toString);
    homeSite.setHelperText("Where the practice's women are usually screened");
    alternatives = f.multiCombo("alternativeSites", "Alternative sites", Site::toString);
    alternatives.setHelperText("Other sites the practice's women may be sent to");
    Select<Integer> imd = f.register("imdQuintile", "IMD quintile", new Select<>());
    imd.setLabel("IMD quintile");
    imd.setItems(1, 2, 3, 4, 5);
    imd.setEmptySelectionAllowed(true);
    imd.setEmptySelectionCaption("Not known");
    imd.setItemLabelGenerator(PracticeForm::quintile);
    imd.setHelperText("Index of Multiple Deprivation of the practice area");
    binder().forField(imd).bind("imdQuintile");
    var uptake =
        f.percent(
            "historicUptake", "Historic uptake", 0, 100, PercentConverter.ofFraction(), false);
    uptake.setHelperText("Share of invited women who attended last round");
    FormLayout layout =
        new FormLayout(
            ods,
            f.text("name", "Name"),
            firstCall,
            attender,
            nonAttender,
            lastOffered,
            homeSite,
            alternatives,
            imd,
            uptake);
    addContent(layout);
  }

  @Override
  void edit(GpPractice practice) {
    List<Site> all = sites.get();
    homeSite.setItems(all);
    alternatives.setItems(all);
    super.edit(practice);
  }

  static String quintile(Integer quintile) {
    if (quintile == null) {
      return "Not known";
    }
    return switch (quintile) {
      case 1 -> "1 (most deprived)";
      case 5 -> "5 (least deprived)";
      default -> String.valueOf(quintile);
    };
  }
}
