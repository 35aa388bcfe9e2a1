package jp.osaka.renkei.profile.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.results.WardHistory;
import jp.osaka.renkei.survey.Level;

import org.jspecify.annotations.Nullable;

/** 相互評価 round by round: what the ward office said about its coordinators and the support room about it. */
class PairSection extends Div {

    PairSection(WardHistory history) {
        addClassName("profile-section");
        setId("profile-pairs");
        Grid<WardHistory.PairStatus> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(pair -> FiscalYears.format(pair.round().fiscalYear(), getLocale()))
                .setHeader(getTranslation("results.round")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(pair -> level(pair.officeAboutRoom())).setHeader(getTranslation("mutual.office"));
        grid.addComponentColumn(pair -> level(pair.roomAboutOffice())).setHeader(getTranslation("mutual.room"));
        grid.addComponentColumn(this::agreement).setHeader(getTranslation("mutual.agreement")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(history.pairs().reversed());
        grid.setAllRowsVisible(true);
        grid.setId("pairs-grid");
        add(new H2(getTranslation("profile.pairs.title")), new Paragraph(getTranslation("profile.pairs.help")), grid);
    }

    private Span level(@Nullable Level level) {
        Span span = new Span(getTranslation(level == null ? "results.unanswered" : level.messageKey()));
        span.addClassName("level-chip");
        if (level != null) {
            span.getStyle().set("--level-colour", level.colour());
        }
        return span;
    }

    private Span agreement(WardHistory.PairStatus pair) {
        Span badge = new Span(getTranslation(!pair.answeredByBoth() ? "profile.pairs.incomplete"
                : pair.disagrees() ? "mutual.disagrees" : "mutual.agrees"));
        badge.getElement().getThemeList().add(!pair.answeredByBoth() ? "badge contrast"
                : pair.disagrees() ? "badge error" : "badge success");
        badge.addClassName("pair-status");
        return badge;
    }
}
