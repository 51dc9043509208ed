package org.leiojournal.report.pdf;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.RuleSource;
import org.leiojournal.domain.emergency.ChemoStatus;
import org.leiojournal.domain.emergency.ChemotherapyNow;
import org.leiojournal.domain.emergency.EmergencySheet;
import org.leiojournal.domain.emergency.LastTreatment;
import org.leiojournal.domain.emergency.SheetWording;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.profile.EmergencyDetails;
import org.leiojournal.domain.treatment.AnthracyclineTotal;

/**
 * The emergency sheet's rows from top to bottom, in its words: the red heading, who, whether this may be
 * neutropenic sepsis, the treatment, the last 48 hours, blood counts, the line, allergies and other medicines (a line
 * to write on where the journal has none), the care team, and what the sheet is. Lists are cut to fit one page:
 * alerts first, with a line saying how many more the journal holds.
 */
record SheetRows(EmergencySheet sheet, ReportFonts fonts, float width) {

    static final TextStyle BAND_HEADING = new TextStyle(24, true, Rgb.WHITE);
    static final TextStyle BAND_SUB = new TextStyle(11, false, Rgb.WHITE);
    static final TextStyle NAME = new TextStyle(20, true, Rgb.TEXT);
    static final TextStyle BIRTH = new TextStyle(14, true, Rgb.TEXT);
    static final TextStyle WARNING = new TextStyle(15, true, Rgb.ALERT);
    static final TextStyle PLAIN_STATUS = new TextStyle(13, true, Rgb.TEXT);
    static final TextStyle TEXT = new TextStyle(10.5f, false, Rgb.TEXT);
    static final TextStyle TEXT_BOLD = new TextStyle(10.5f, true, Rgb.TEXT);
    private static final float LEAD = 112;
    private static final float PHONE = 150;
    static final int MAX_CONTACTS = 4;

    private SheetWording wording() {
        return sheet.wording();
    }

    /** The rows with as many alerts as fit in {@code height}. */
    List<Row> fitting(float height) {
        for (int alerts = sheet.recentAlerts().size(); alerts > 0; alerts--) {
            List<Row> rows = rows(alerts);
            if (total(rows) <= height) {
                return rows;
            }
        }
        return rows(0);
    }

    static float total(List<Row> rows) {
        return rows.stream().map(Row::height).reduce(0f, Float::sum);
    }

    private List<Row> rows(int alertsShown) {
        List<Row> rows = new ArrayList<>();
        rows.add(BoxRow.filled(List.of(Tag.H1.on(line(wording().heading().toUpperCase(java.util.Locale.ROOT),
                BAND_HEADING)), line(wording().subheading(), BAND_SUB)), Rgb.ALERT));
        rows.add(Row.gap(8));
        rows.addAll(who());
        rows.add(Row.gap(6));
        rows.add(status());
        rows.add(new TitleRow("Treatment"));
        rows.addAll(treatment());
        rows.add(new TitleRow("The last 48 hours"));
        rows.addAll(lastHours(alertsShown));
        rows.add(new TitleRow("Latest blood counts"));
        rows.add(sheet.bloodCounts().takenOn()
                .map(day -> led(Words.date(day), String.join("; ", sheet.bloodCounts().lines())
                        + " (the lab's units; the latest in this journal)"))
                .orElseGet(() -> led("Blood counts", "None recorded in this journal.")));
        rows.add(new TitleRow("Central line, allergies and other medicines"));
        rows.addAll(details());
        rows.add(new TitleRow("Care team, 24 hours"));
        rows.add(TextRow.of(wording().contactTeam(), TEXT_BOLD, width, fonts));
        rows.addAll(careTeam());
        rows.add(Row.gap(6));
        rows.add(TextRow.of(wording().patientHeld() + " " + sources(), TextStyle.NOTE, width, fonts));
        return rows;
    }

    private List<Row> who() {
        List<Row> rows = new ArrayList<>();
        rows.add(sheet.name().isBlank() ? new WriteInRow("Name:", NAME)
                : line(Wrap.clip(sheet.name(), width, NAME, fonts), NAME));
        rows.add(sheet.dateOfBirth().isPresent()
                ? line("Date of birth: " + Words.plainDate(sheet.dateOfBirth().get()), BIRTH)
                : new WriteInRow("Date of birth:", BIRTH));
        rows.add(TextRow.of("Made from the patient’s journal on " + Words.moment(sheet.madeAt()) + ". "
                + wording().alwaysNamed(), TextStyle.NOTE, width, fonts));
        return rows;
    }

    private Row status() {
        ChemotherapyNow chemo = sheet.chemotherapy();
        float inside = BoxRow.inside(width);
        if (chemo.status().possibleSepsis()) {
            return BoxRow.framed(List.of(TextRow.of(wording().possibleSepsis(), WARNING, inside, fonts),
                    TextRow.of(wording().urgentAction(), TEXT, inside, fonts)), Rgb.ALERT, 2.5f);
        }
        String none = chemo.last().isPresent()
                ? "Not on chemotherapy now: none in the " + wording().daysAfterLastTreatment() + " days before today"
                : "No chemotherapy recorded in this journal";
        return BoxRow.framed(List.of(TextRow.of(none, PLAIN_STATUS, inside, fonts)), Rgb.RULE, 1);
    }

    private List<Row> treatment() {
        ChemotherapyNow chemo = sheet.chemotherapy();
        List<Row> rows = new ArrayList<>();
        if (chemo.status() == ChemoStatus.DURING_COURSE) {
            rows.add(led("Now", chemo.position().map(Words::position).orElse("On a course of treatment")));
        } else if (chemo.status() == ChemoStatus.AFTER_COURSE) {
            rows.add(led("Now", "No course running today; within " + wording().daysAfterLastTreatment()
                    + " days of the last treatment (to " + Words.date(chemo.riskUntil().orElseThrow()) + ")"));
        }
        chemo.last().ifPresent(last -> rows.add(led("Last treatment", lastTreatment(last))));
        if (chemo.status().possibleSepsis()) {
            String window = chemo.inLowCountWindow()
                    ? "Today is inside the expected low-count window (" + String.join(", ", chemo.lowCountDrugs())
                    + "). " : "Today is outside the plan’s expected low-count windows. ";
            rows.add(led("Low counts", window + wording().lowCountNote()));
        }
        sheet.doxorubicin().ifPresent(total -> rows.add(led("Doxorubicin", doxorubicin(total))));
        if (rows.isEmpty()) {
            rows.add(led("Treatment", "None recorded in this journal."));
        }
        return rows;
    }

    private String lastTreatment(LastTreatment last) {
        long ago = ChronoUnit.DAYS.between(last.date(), sheet.madeAt().toLocalDate());
        String when = ago == 0 ? "today" : Words.count(ago, "day") + " ago";
        String drugs = String.join(", ", last.drugs());
        String regimen = last.regimen().equalsIgnoreCase(drugs) ? "" : " (" + last.regimen() + ")";
        return Words.date(last.date()) + ", " + when + ": " + drugs + regimen;
    }

    private static String doxorubicin(AnthracyclineTotal total) {
        String prior = total.prior().signum() > 0 ? " + " + Words.plain(total.prior()) + " before" : "";
        return "cumulative " + Words.plain(total.total()) + "\u00A0mg/m² (" + Words.plain(total.given())
                + " recorded in this journal" + prior + ")";
    }

    private List<Row> lastHours(int alertsShown) {
        List<Row> rows = new ArrayList<>();
        rows.add(led("Temperature", sheet.latestTemperature()
                .map(t -> Words.temperature(t.temperature()) + ", " + Words.shortMoment(t.at()) + " (latest)")
                .orElse("None recorded in the last " + EmergencySheet.TEMPERATURE_DAYS + " days.")));
        List<Alert> alerts = sheet.recentAlerts();
        if (alerts.isEmpty()) {
            rows.add(led("Alerts", "None in the last 48 hours."));
            return rows;
        }
        AlertText text = new AlertText(sheet.rules(), sheet.items(), sheet.temperatureUnit());
        for (Alert alert : alerts.subList(0, alertsShown)) {
            String tier = sheet.rules().wording(sheet.rules().tierOf(alert)).label();
            rows.add(TextRow.led(Words.shortMoment(alert.seenAt()), LEAD, tier + ": " + text.finding(alert), TEXT,
                    width, fonts).limited(2, width, fonts));
        }
        if (alertsShown < alerts.size()) {
            rows.add(led("", (alerts.size() - alertsShown) + " more in the journal."));
        }
        return rows;
    }

    /** What the profile records, each at most two lines; a line to write on for what it does not. */
    private List<Row> details() {
        EmergencyDetails details = sheet.details();
        return List.of(detail(details.lineWords().isEmpty() ? "Central line or port" : "Line or port",
                details.lineWords()),
                detail("Allergies", details.allergies()), detail("Other medicines", details.otherMedicines()));
    }

    private Row detail(String lead, String text) {
        return text.isEmpty() ? new WriteInRow(lead + " (not recorded):", TEXT_BOLD)
                : TextRow.led(lead, LEAD, text, TEXT, width, fonts).limited(2, width, fonts);
    }

    private List<Row> careTeam() {
        List<Row> rows = new ArrayList<>();
        List<CareContact> contacts = sheet.contacts();
        for (CareContact contact : contacts.subList(0, Math.min(MAX_CONTACTS, contacts.size()))) {
            String hours = contact.hours().isBlank() ? "" : " · " + contact.hours();
            rows.add(TextRow.led(Wrap.clip(contact.phone(), PHONE - 8, TEXT_BOLD, fonts), PHONE,
                    contact.name() + hours, TEXT, width, fonts).limited(1, width, fonts));
        }
        if (contacts.isEmpty()) {
            rows.add(new WriteInRow("24-hour number:", TEXT_BOLD));
        }
        rows.add(new WriteInRow("Treating hospital:", TEXT_BOLD));
        return rows;
    }

    /** "Wording from NICE CG151, NICE QS161 and …; reviewed 6 Dec 2026". */
    private String sources() {
        List<String> names = wording().sources().stream().map(RuleSource::title)
                .map(t -> t.contains(":") ? t.substring(0, t.indexOf(':')) : t).distinct().toList();
        String joined = names.size() == 1 ? names.get(0)
                : names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + names.get(names.size() - 1);
        return "Wording from " + joined + "; reviewed " + Words.plainDate(wording().review().reviewedOn()) + ".";
    }

    private Row led(String lead, String text) {
        return TextRow.led(lead, LEAD, text, TEXT, width, fonts);
    }

    private Row line(String text, TextStyle style) {
        return TextRow.of(text, style, width, fonts);
    }
}
