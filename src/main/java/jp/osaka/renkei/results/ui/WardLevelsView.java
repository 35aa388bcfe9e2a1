package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.results.CommentService;
import jp.osaka.renkei.results.ItemComment;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.results.WardLevels;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * 区別の回答 (administrators): the ward × item heat map of one instrument's levels in one round, with each ward's
 * number of comments; choosing a ward's row shows its comments beside the grid.
 */
@Route("results/wards")
@RolesAllowed(Roles.CITY_ADMIN)
class WardLevelsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultsService results;
    private final CommentService comments;
    private final WardCommentsPane commentsPane = new WardCommentsPane();
    private Map<Long, List<ItemComment>> commentsByWard = Map.of();
    private final List<RoundSummary> visible;
    private final RoundPicker picker;
    private final Select<RespondentType> type = new Select<>();
    private final Grid<WardLevels.Row> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private @Nullable ResultsSelection selection;

    WardLevelsView(ResultsService results, CommentService comments) {
        this.results = results;
        this.comments = comments;
        this.visible = results.rounds();
        addClassName("ward-levels-view");
        setSizeFull();
        picker = new RoundPicker(visible, this::show, false);
        type.setLabel(getTranslation("results.instrument"));
        type.setItems(RespondentType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setId("ward-levels-type");
        type.addValueChangeListener(e -> {
            if (e.isFromClient() && selection != null && e.getValue() != null) {
                show(selection.withType(e.getValue()));
            }
        });
        Button back = new Button(getTranslation("results.backToCounts"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ResultsView.class,
                        selection == null ? com.vaadin.flow.router.QueryParameters.empty() : selection.toQuery())));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setId("ward-levels-grid");
        grid.setHeightFull();
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                commentsPane.show(e.getValue().ward().get(getLocale()),
                        commentsByWard.getOrDefault(e.getValue().wardId(), List.of()));
            }
        });
        Div body = new Div(grid, commentsPane);
        body.addClassName("ward-levels-body");
        body.setWidthFull();
        add(new ViewToolbar(getTranslation("results.wardLevels.title"), back, picker, type), new LevelLegend(), summary,
                body);
        setFlexGrow(1, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        selection = ResultsSelection.from(event.getLocation().getQueryParameters(), visible).orElse(null);
        if (selection == null) {
            summary.setText(getTranslation("results.noRounds"));
            grid.setVisible(false);
            return;
        }
        picker.select(selection);
        type.setValue(selection.type());
        WardLevels levels = results.wardLevels(selection.round().fiscalYear(), selection.type());
        long submitted = levels.wards().stream().filter(WardLevels.Row::submitted).count();
        summary.setText(getTranslation("results.submitted", FiscalYears.format(levels.round().fiscalYear(), getLocale()),
                submitted, levels.wards().size()));
        commentsByWard = comments.comments(selection.round().fiscalYear(), selection.type()).stream()
                .collect(Collectors.groupingBy(ItemComment::wardId));
        grid.removeAllColumns();
        // the ward's profile by its address: results does not depend on the profile module, which reads results
        grid.addColumn(LitRenderer.<WardLevels.Row>of("<a href='wards/${item.code}' title='${item.hint}'>${item.name}</a>")
                        .withProperty("code", WardLevels.Row::wardCode)
                        .withProperty("name", row -> row.ward().get(getLocale()))
                        .withProperty("hint", row -> getTranslation("results.wardLevels.profile", row.ward().get(getLocale()))))
                .setHeader(getTranslation("status.ward")).setFrozen(true).setAutoWidth(true).setFlexGrow(0)
                .setKey("ward");
        grid.addColumn(row -> commentCount(row.wardId())).setHeader(getTranslation("comments.text"))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0).setKey("comments");
        for (WardLevels.Column column : levels.items()) {
            grid.addColumn(LitRenderer.<WardLevels.Row>of(
                            "<span class='level-cell' style='background:${item.colour};color:${item.text}' "
                                    + "title='${item.title}'>${item.short}</span>")
                            .withProperty("colour", row -> colour(row.level(column.partnerId())))
                            .withProperty("text", row -> textColour(row.level(column.partnerId())))
                            .withProperty("title", row -> title(row.level(column.partnerId())))
                            .withProperty("short", row -> shortName(row.level(column.partnerId()))))
                    .setHeader(column.itemNo() + ". " + column.label().get(getLocale()))
                    .setTooltipGenerator(row -> column.label().get(getLocale()) + ": " + title(row.level(column.partnerId())))
                    .setTextAlign(ColumnTextAlign.CENTER).setWidth("7.5rem").setFlexGrow(0);
        }
        grid.setItems(levels.wards());
    }

    private String commentCount(long wardId) {
        int count = commentsByWard.getOrDefault(wardId, List.of()).size();
        return count == 0 ? "" : getTranslation("comments.count", count);
    }

    private void show(ResultsSelection next) {
        getUI().ifPresent(ui -> ui.navigate(WardLevelsView.class, next.toQuery()));
    }

    private static String colour(@Nullable Level level) {
        return level == null ? LevelBars.UNANSWERED_COLOUR : level.colour();
    }

    private static String textColour(@Nullable Level level) {
        return LevelBars.textColour(colour(level));
    }

    private String title(@Nullable Level level) {
        return getTranslation(level == null ? "results.unanswered" : level.messageKey());
    }

    private String shortName(@Nullable Level level) {
        return level == null ? getTranslation("results.unanswered") : getTranslation("level.short." + level.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.wardLevels.title") + " | " + getTranslation("app.name");
    }
}
