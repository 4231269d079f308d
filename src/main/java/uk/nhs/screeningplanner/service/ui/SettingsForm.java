package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.H3;
import uk.nhs.screeningplanner.service.ScreeningService;

/**
 * The programme settings of a screening service, grouped as a service manager thinks of them. Each
 * helper text says what the number means, its unit, and the default with its section in domain.md,
 * mirroring the comments on {@link ScreeningService}.
 */
class SettingsForm extends EditorForm<ScreeningService> {

  private static final PercentConverter FRACTION = PercentConverter.ofFraction();
  private static final PercentConverter PERCENT = PercentConverter.ofPercent();

  private final FieldFactory<ScreeningService> f = fields();

  SettingsForm(boolean editable) {
    super(ScreeningService.class, "settings", "service settings", editable);
    addClassName("settings-form");
    section(
        "service",
        "Service",
        help(f.upperCase("code", "Code"), "Short code of the service; capitals, digits, hyphens"),
        help(f.text("name", "Name"), "Full name of the breast screening service"),
        help(f.text("hostTrust", "Host trust"), "The NHS trust that hosts the service (optional)"),
        help(
            f.integer("planningHorizonWeeks", "Planning horizon (weeks)", 1, 52),
            "How far ahead rotas are planned. Default 12 (domain.md §1.4)"));
    section(
        "round",
        "Round length",
        help(
            f.integer("roundLengthMonths", "Round length (months)", 12, 48),
            "A practice is due again this long after its last first offered appointment. Default"
                + " 36 (§1.5)"),
        help(
            f.integer("earlyInvitationMonths", "Early invitation (months)", 0, 12),
            "Women may be invited up to this long before their practice is due; a van's visit"
                + " further ahead screens another round. Default 3 (a local choice)"),
        help(
            f.percent("roundLengthAcceptablePct", "Acceptable level", 0, 100, PERCENT, true),
            "Women invited within the round length: acceptable standard. Default 90% (§1.5)"),
        help(
            f.percent("roundLengthAchievablePct", "Achievable level", 0, 100, PERCENT, true),
            "Achievable standard. Default 99% (§1.5; older guidance said 100%)"),
        help(
            f.integer("minMonthsBetweenScreens", "Minimum months between screens", 0, 36),
            "No screening mammogram sooner after the last one (IR(ME)R). Default 6 (§2.3)"));
    section(
        "sessions",
        "Sessions and slots",
        help(
            f.integer("slotMinutes", "Slot length (minutes)", 3, 30),
            "Minutes per screening appointment. Default 8 (§2.3)"),
        help(f.time("amSessionStart", "Morning session starts"), "Default 09:00 (§2.2)"),
        help(
            f.integer("amSessionMinutes", "Morning session (minutes)", 30, 360),
            "Default 200, i.e. 3 h 20 min (§2.3)"),
        help(
            f.time("pmSessionStart", "Afternoon session starts"),
            "After the morning session ends. Default 13:30 (§2.2)"),
        help(
            f.integer("pmSessionMinutes", "Afternoon session (minutes)", 30, 360),
            "Default 200 (§2.3)"),
        help(
            f.integer("vanMaxScreensPerDay", "Van screens a day (most)", 1, 200),
            "Women a van can screen in a day. Default 45 (§2.3: typically 40 to 50)"),
        help(
            f.integer("minStaffPerSession", "Minimum staff per session", 1, 6),
            "Mammographers or practitioners on a session. Default 2 (§2.3)"),
        help(
            f.integer("busyStaffPerSession", "Staff per session when busy", 1, 6),
            "At least the minimum. Default 3 (§2.3)"),
        help(
            f.integer("defaultMaxVanDaysPerWeek", "Default van days a week (most)", 0, 7),
            "Given to new staff. Default 3 (§2.2, a local rule at one service)"),
        help(
            f.percent("specialAppointmentShare", "Special appointments", 0, 100, FRACTION, true),
            "Share of slots kept for longer or accessible appointments. Default 2.5% (§2.3)"));
    section(
        "attendance",
        "Attendance and booking",
        help(
            f.percent("uptakeFirstCall", "Uptake: first call", 0, 100, FRACTION, true),
            "Women invited for the first time who attend. Default 59% (§2.4: 54 to 64%)"),
        help(
            f.percent(
                "uptakePreviousAttender", "Uptake: previous attenders", 0, 100, FRACTION, true),
            "Women who came last time and come again. Default 88% (§2.4)"),
        help(
            f.percent(
                "uptakePreviousNonAttender",
                "Uptake: previous non-attenders",
                0,
                100,
                FRACTION,
                true),
            "Women who missed last time and come this time. Default 10% (§2.4: 3 to 20%)"),
        help(
            f.percent("bookingCapPct", "Booking cap", 100, 300, PERCENT, true),
            "Clinics are booked up to this share of slots to allow for non-attendance. Default"
                + " 130% (§2.4)"));
    section(
        "recall",
        "Recall and assessment",
        help(
            f.percent("recallRatePrevalent", "Recall rate: first screen", 0, 100, FRACTION, true),
            "Women recalled for assessment after their first screen. Default 7% (§4)"),
        help(
            f.percent("recallRateIncident", "Recall rate: later screens", 0, 100, FRACTION, true),
            "Women recalled after a routine repeat screen. Default 4% (§4)"),
        help(
            f.percent("technicalRecallRate", "Technical recall rate", 0, 100, FRACTION, true),
            "Screens repeated for technical reasons. Default 3% (§2.5)"),
        help(
            f.integer("assessmentWithinDays", "Assessment within (days)", 1, 90),
            "First assessment offered within this many days. Default 21 (§4)"),
        help(
            f.integer("assessmentSlotMinutes", "Assessment slot (minutes)", 5, 240),
            "Default 30; no published source, check locally (§10)"));
    section(
        "reading",
        "Reading",
        help(
            f.integer("readsPerHour", "Reads per hour", 5, 120),
            "Cases a reader reads an hour when no personal rate is set. Default 45 (§3.1)"),
        help(
            f.integer("resultsWithinDays", "Results within (days)", 1, 60),
            "Result sent within this many days of screening. Default 14 (§3.1)"),
        help(
            f.integer("readingPriorityDays", "Priority after (days)", 1, 60),
            "Cases this old are read first. Default 7 (§3.1)"),
        help(
            f.integer("readingUrgentDays", "Urgent after (days)", 1, 60),
            "At least the priority days. Default 10 (§3.1)"),
        help(
            f.percent("arbitrationRate", "Arbitration rate", 0, 100, FRACTION, true),
            "Cases where the two readers disagree and an arbitrator reads. Default 4% (§3.1)"),
        help(
            f.checkbox("aiSecondReader", "An AI tool is the second reader"),
            "Replaces the second human read. Off by default (§3.3)"),
        help(
            f.percent("aiAgreementRate", "AI agreement rate", 0, 100, FRACTION, true),
            "How often the AI agrees with the first reader. Default 81.9% (§3.3)"));
    section(
        "volumes",
        "Reader volumes",
        help(
            f.integer("minReadsPerYear", "Minimum reads a year", 0, 50000),
            "Every reader reads at least this many cases a year. Default 5,000 (§3.2)"),
        help(
            f.integer("minScreeningReadsPerYear", "of which screening reads", 0, 50000),
            "Default 4,000 (§3.2)"),
        help(
            f.integer("minFirstReadsPerYear", "of which first reads", 0, 50000),
            "Default 1,500 (§3.2)"));
  }

  private void section(String id, String title, Component... components) {
    H3 heading = new H3(title);
    heading.setId("settings-section-" + id);
    FormLayout layout = new FormLayout(components);
    layout.setResponsiveSteps(
        new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2), new ResponsiveStep("60em", 3));
    layout.addClassName("settings-section");
    addContent(heading, layout);
  }

  private static <C extends Component & HasHelper> C help(C field, String text) {
    field.setHelperText(text);
    return field;
  }
}
