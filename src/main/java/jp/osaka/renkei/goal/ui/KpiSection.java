package jp.osaka.renkei.goal.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.util.List;
import java.util.function.Consumer;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.goal.KpiProgress;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.goal.KpiStatus;
import jp.osaka.renkei.results.Respondents;

import org.jspecify.annotations.Nullable;

/**
 * A goal's KPIs: for each, baseline → latest → target with their rounds, a progress bar, the status,
 * and its value in every published round as a small line chart. Administrators edit from here.
 */
class KpiSection extends Composite<Div> {

    KpiSection(List<KpiResult> kpis, @Nullable Consumer<@Nullable KpiResult> edit) {
        Div section = getContent();
        section.addClassName("kpi-section");
        section.add(new H3(getTranslation("kpi.title")));
        if (kpis.isEmpty()) {
            section.add(new Paragraph(getTranslation("kpi.none")));
        }
        for (KpiResult kpi : kpis) {
            section.add(row(kpi, edit));
        }
        if (edit != null) {
            Button add = new Button(getTranslation("kpi.add"), VaadinIcon.PLUS.create(), e -> edit.accept(null));
            add.addThemeVariants(ButtonVariant.SMALL);
            add.setId("add-kpi-" + (kpis.isEmpty() ? "" : kpis.get(0).goalId()));
            section.add(add);
        }
    }

    private Div row(KpiResult kpi, @Nullable Consumer<@Nullable KpiResult> edit) {
        KpiProgress progress = kpi.progress();
        Div row = new Div();
        row.addClassName("kpi-row");
        row.setId("kpi-" + kpi.id());
        Span name = new Span(kpi.name().get(getLocale()));
        name.addClassName("kpi-name");
        Span status = badge(progress.status(), getTranslation(progress.status().messageKey()));
        status.setId("kpi-status-" + kpi.id());
        Div head = new Div(name, status);
        head.addClassName("kpi-head");
        if (edit != null) {
            Button change = new Button(VaadinIcon.EDIT.create(), e -> edit.accept(kpi));
            change.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            change.setAriaLabel(getTranslation("kpi.edit"));
            change.setId("edit-kpi-" + kpi.id());
            head.add(change);
        }
        Paragraph figures = new Paragraph(figures(kpi));
        figures.addClassName("kpi-figures");
        figures.setId("kpi-figures-" + kpi.id());
        Respondents respondents = kpi.respondents();
        if (respondents != null) {
            Span answered = new Span(getTranslation("kpi.respondents", respondents.submitted(), respondents.wards()));
            answered.addClassName("kpi-respondents");
            answered.setId("kpi-respondents-" + kpi.id());
            figures.add(new Span(" "), answered);
        }
        if (progress.status() == KpiStatus.PROVISIONAL) {
            Span provisional = new Span(getTranslation("kpi.provisional"));
            provisional.addClassName("kpi-provisional");
            provisional.setId("kpi-provisional-" + kpi.id());
            figures.add(new Span(" "), provisional);
        }
        ProgressBar bar = new ProgressBar(0, 1, clamp(progress.progress()));
        bar.getElement().setAttribute("aria-label", getTranslation("kpi.progress"));
        Span percent = new Span(progress.progress() == null ? "—"
                : getTranslation("kpi.progress.value", Math.round(progress.progress() * 100)));
        Div progressLine = new Div(bar, percent);
        progressLine.addClassName("kpi-progress");
        row.add(head, figures, progressLine, new KpiChart(kpi));
        return row;
    }

    private String figures(KpiResult kpi) {
        KpiProgress progress = kpi.progress();
        return getTranslation("kpi.figures",
                value(kpi, progress.baseline()), FiscalYears.formatShort(kpi.definition().baselineYear(), getLocale()),
                value(kpi, progress.current()),
                progress.currentYear() == null ? "—" : FiscalYears.formatShort(progress.currentYear(), getLocale()),
                value(kpi, kpi.definition().target()), FiscalYears.formatShort(kpi.definition().targetYear(), getLocale()));
    }

    private String value(KpiResult kpi, @Nullable Double value) {
        if (value == null) {
            return "—";
        }
        return kpi.isShare() ? getTranslation("kpi.unit.percent", value)
                : getTranslation("kpi.unit.wards", Math.round(value));
    }

    private static double clamp(@Nullable Double progress) {
        return progress == null ? 0 : Math.max(0, Math.min(1, progress));
    }

    /** The status as a badge in its tone: green achieved or on track, yellow at risk, red off track. */
    private static Span badge(KpiStatus status, String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + status.tone());
        return badge;
    }
}
