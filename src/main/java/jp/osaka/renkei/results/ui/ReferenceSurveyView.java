package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import java.util.List;

import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.ui.Chart;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.results.ReferenceSurveyService;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.survey.RoundSummary;

/**
 * 医療施設等アンケート: the city's survey of medical facilities beside the ward results — the overall
 * cooperation level per facility type in a round, in the same bars; administrators enter the counts.
 */
@Route("results/reference")
@Menu(order = 3.6, title = "menu.reference", icon = "vaadin:hospital")
@PermitAll
class ReferenceSurveyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReferenceSurveyService reference;
    private final boolean admin;
    private final List<RoundSummary> visible;
    private final RoundPicker picker;
    private final Div content = new Div();

    ReferenceSurveyView(ReferenceSurveyService reference, ResultsService results, CurrentUser currentUser) {
        this.reference = reference;
        this.admin = currentUser.require().role() == Role.CITY_ADMIN;
        this.visible = results.rounds();
        addClassName("reference-view");
        picker = new RoundPicker(visible,
                next -> getUI().ifPresent(ui -> ui.navigate(ReferenceSurveyView.class, next.toQuery())), false);
        content.setWidthFull();
        add(new ViewToolbar(getTranslation("reference.title"), picker), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        ResultsSelection selection = ResultsSelection.from(event.getLocation().getQueryParameters(), visible)
                .orElse(null);
        if (selection == null) {
            content.add(new Paragraph(getTranslation("results.noRounds")));
            return;
        }
        picker.select(selection);
        int year = selection.round().fiscalYear();
        content.add(new Paragraph(getTranslation("reference.help")));
        if (admin) {
            Button edit = new Button(getTranslation("reference.edit"), VaadinIcon.EDIT.create(),
                    e -> new ReferenceCountsDialog(reference.counts(year), counts -> {
                        reference.save(year, counts);
                        getUI().ifPresent(ui -> ui.navigate(ReferenceSurveyView.class, selection.toQuery()));
                    }).open());
            edit.setId("edit-reference");
            content.add(edit);
        }
        content.add(new ReferencePanel(reference.counts(year), Chart.Renderer.CANVAS));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reference.title") + " | " + getTranslation("app.name");
    }
}
