package org.leiojournal.ui.appointment;

import java.time.LocalDate;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.followup.FollowUpPreset;
import org.leiojournal.domain.followup.PresetPhase;
import org.leiojournal.domain.followup.Proposal;
import org.leiojournal.domain.followup.TimeSinceTreatment;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Messages;

/** How the follow-up plan reads on screen: time since treatment, presets with their sources, proposed dates. */
final class FollowUpWords {

    private final Messages messages;
    private final Formats formats;

    FollowUpWords(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
    }

    /** "1 year 4 months since the end of treatment (Tue 22 Jul 2025)". */
    String elapsed(LocalDate end, LocalDate today) {
        if (end == null) {
            return messages.get("followUp.elapsed.noEnd");
        }
        TimeSinceTreatment since = TimeSinceTreatment.since(end, today);
        String date = formats.date(end);
        return switch (since.state()) {
            case NOT_YET_ENDED -> messages.get("followUp.elapsed.notYet", date);
            case ENDED_TODAY -> messages.get("followUp.elapsed.today", date);
            case ENDED -> since.years() == 0 && since.months() == 0
                    ? messages.get("followUp.elapsed.underAMonth", date)
                    : messages.get("followUp.elapsed", since.years(), since.months(), date);
        };
    }

    /** A chooser item: the preset's name and its source, so no preset appears without where it comes from. */
    String choice(PresetChoice choice) {
        return choice == null ? "" : choice.preset()
                .map(p -> messages.get("followUp.preset.item", p.name(), p.source()))
                .orElse(messages.get("followUp.preset.none"));
    }

    String origin(PresetChoice choice, boolean edited) {
        if (choice.preset().isEmpty()) {
            return messages.get("followUp.origin.team");
        }
        String name = choice.preset().get().name();
        return edited ? messages.get("followUp.origin.edited", name) : messages.get("followUp.origin.preset", name);
    }

    String source(FollowUpPreset preset) {
        return messages.get("followUp.preset.source", preset.source());
    }

    String setting(FollowUpPreset preset) {
        return messages.get("followUp.preset.setting", preset.setting());
    }

    /** The preset's sources, then when it was checked against them and when it is due again. */
    String sources(FollowUpPreset preset) {
        return String.join("\n", preset.sources()) + "\n" + messages.get("followUp.preset.reviewed",
                formats.date(preset.review().reviewedOn()), formats.date(preset.review().reviewDue()));
    }

    /** "3–4 months" beside the drafted 3, or "6 months" when the source gives one number. */
    String range(PresetPhase phase) {
        return phase.isRange() ? messages.get("followUp.range", phase.shortestMonths(), phase.longestMonths())
                : messages.get("followUp.range.single", phase.shortestMonths());
    }

    /** The source's own words for a line, what it checks, and which choices the draft made for it. */
    String said(PresetPhase phase) {
        StringBuilder text = new StringBuilder(messages.get("followUp.said", phase.wording(),
                String.join("; ", phase.checks())));
        phase.lengthNote().ifPresent(note -> text.append(' ').append(note));
        if (phase.untilIsAppHorizon()) {
            text.append(' ').append(messages.get("followUp.horizon", phase.untilMonth() / 12));
        }
        return text.toString();
    }

    /** "= 3 years" beside a month count that is whole years; nothing otherwise. */
    String years(String months) {
        String stripped = months == null ? "" : months.strip();
        if (!stripped.matches("\\d{1,3}") || Integer.parseInt(stripped) == 0 || Integer.parseInt(stripped) % 12 != 0) {
            return "";
        }
        return messages.get("followUp.years", Integer.parseInt(stripped) / 12);
    }

    String proposal(Proposal proposal) {
        String text = messages.get("followUp.preview.item", formats.dateTime(proposal.appointment().startMoment()),
                proposal.appointment().title(), proposal.visit().month());
        return switch (proposal.standing()) {
            case OFFERED -> text;
            case PAST -> messages.get("followUp.preview.past", text);
            case ALREADY_IN_APPOINTMENTS -> messages.get("followUp.preview.already", text);
        };
    }

    String title(AppointmentKind kind) {
        return switch (kind) {
            case CT -> messages.get("followUp.title.ct");
            case MRI -> messages.get("followUp.title.mri");
            case XRAY -> messages.get("followUp.title.xray");
            case PET -> messages.get("followUp.title.pet");
            default -> messages.get("followUp.title.visit");
        };
    }
}
