package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import java.util.Set;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.ui.NameLimits;
import jp.osaka.renkei.base.ui.NamesDialog;
import jp.osaka.renkei.base.ui.StaleDialog;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.survey.InstrumentItem;
import jp.osaka.renkei.survey.InstrumentService;
import jp.osaka.renkei.survey.ItemSummary;
import jp.osaka.renkei.survey.PartnerSummary;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * 質問項目 of one round and respondent type, e.g. /admin/rounds/2026/ward-office: editable while the
 * round is 準備中, shown as they are afterwards.
 */
@Route("admin/rounds/:year/:type")
@RolesAllowed(Roles.CITY_ADMIN)
class InstrumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** An item's label, and a new partner's name (the label it starts with). */
    private static final NameLimits NAME_LIMITS = new NameLimits("items.labelJa",
            InstrumentItem.MAX_LABEL_JA,
            Set.of("instrument.labelJa.tooLong", "instrument.labelJa.required", "instrument.partner.exists"),
            "items.labelEn", InstrumentItem.MAX_LABEL_EN, "instrument.labelEn.tooLong", true);

    private final InstrumentService instruments;
    private final RoundService rounds;
    private final Grid<ItemSummary> grid = new Grid<>();
    private final ComboBox<PartnerSummary> partner = new ComboBox<>();
    private int year;
    private RespondentType type = RespondentType.WARD_OFFICE;
    private boolean editable;
    /** The items' version as this administrator last read them: it goes with every change. */
    private long version;
    private @Nullable NamesDialog naming;

    InstrumentView(InstrumentService instruments, RoundService rounds) {
        this.instruments = instruments;
        this.rounds = rounds;
        addClassName("instrument-view");
        grid.addColumn(ItemSummary::itemNo).setHeader(getTranslation("items.no")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.label().ja()).setHeader(getTranslation("items.labelJa")).setFlexGrow(1);
        grid.addColumn(i -> i.label().en()).setHeader(getTranslation("items.labelEn")).setFlexGrow(1);
        grid.addColumn(i -> i.retired() ? getTranslation("items.retired") : "").setHeader(getTranslation("rounds.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setWidth("13rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setId("items-grid");
        partner.setPlaceholder(getTranslation("items.partner"));
        partner.setItemLabelGenerator(p -> p.name().get(getLocale()));
        partner.setId("items-partner");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year = event.getRouteParameters().getInteger("year").orElseThrow(NotFoundException::new);
        type = event.getRouteParameters().get("type").flatMap(RespondentType::fromSlug)
                .orElseThrow(NotFoundException::new);
        RoundSummary round = rounds.findByFiscalYear(year).orElseThrow(NotFoundException::new);
        editable = round.status() == RoundStatus.DRAFT;
        removeAll();
        add(new ViewToolbar(getTranslation("items.title", FiscalYears.format(year, getLocale()),
                getTranslation(type.messageKey()))));
        add(new Paragraph(getTranslation(editable ? "items.help" : "items.readOnly")), grid);
        if (editable) {
            boolean both = instruments.hasBothInstruments(year);
            Checkbox addToBoth = bothCheckbox("items-both", both);
            Button add = new Button(getTranslation("items.add"), VaadinIcon.PLUS.create(), e -> {
                if (partner.getValue() != null) {
                    run(() -> instruments.add(year, type, version, partner.getValue().id(), addToBoth.getValue()));
                }
            });
            add.setId("items-add");
            Button create = new Button(getTranslation("items.newPartner"), e -> newPartner(both));
            create.setId("items-new-partner");
            HorizontalLayout adding = new HorizontalLayout(partner, add, create);
            adding.setAlignItems(Alignment.BASELINE);
            add(adding, addToBoth);
        }
        refresh();
    }

    /** A new partner, named in the dialog (English optional), into this instrument or both of the round. */
    private void newPartner(boolean both) {
        Checkbox addToBoth = bothCheckbox("names-both", both);
        NamesDialog dialog = new NamesDialog(getTranslation("items.newPartner"), new LocalizedText("", ""),
                NAME_LIMITS, "items.add", (ja, en) -> runNamed(
                        () -> instruments.addNewPartner(year, type, version, ja, en, addToBoth.getValue())));
        dialog.add(addToBoth);
        names(dialog);
    }

    /** Offered only where the round has both instruments (区役所 and 相談支援室). */
    private Checkbox bothCheckbox(String id, boolean offered) {
        Checkbox checkbox = new Checkbox(getTranslation("items.both"));
        checkbox.setId(id);
        checkbox.setVisible(offered);
        return checkbox;
    }

    private Component actions(ItemSummary item) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (!editable || item.retired()) {
            return buttons;
        }
        buttons.add(icon(VaadinIcon.ARROW_UP, "items.up",
                        () -> run(() -> instruments.move(year, type, version, item.id(), -1))),
                icon(VaadinIcon.ARROW_DOWN, "items.down",
                        () -> run(() -> instruments.move(year, type, version, item.id(), 1))),
                icon(VaadinIcon.EDIT, "items.rename", () -> names(new NamesDialog(getTranslation("items.rename"),
                        item.label(), NAME_LIMITS, "users.save",
                        (ja, en) -> runNamed(() -> instruments.relabel(year, type, version, item.id(), ja, en))))),
                icon(VaadinIcon.TRASH, "items.remove",
                        () -> run(() -> instruments.remove(year, type, version, item.id()))));
        buttons.setId("item-actions-" + item.itemNo());
        return buttons;
    }

    private Button icon(VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        return button;
    }

    private void names(NamesDialog dialog) {
        naming = dialog;
        dialog.open();
    }

    /**
     * Runs a change of the items as this administrator saw them. When someone changed them meanwhile, nothing is
     * saved and the stale dialog says so; an open name dialog stays, with the input in it, until they reload.
     */
    private boolean run(Runnable change) {
        return StaleDialog.saveAndReload("stale.what.instrument", change, this::reload);
    }

    /** As {@link #run}, for a name dialog: a refused name (e.g. too long) is shown at its field by the dialog. */
    private boolean runNamed(Runnable change) {
        boolean saved = StaleDialog.saveUnlessStale("stale.what.instrument", change, this::reload);
        if (saved) {
            refresh();
        }
        return saved;
    }

    private void reload() {
        if (naming != null) {
            naming.close();
        }
        refresh();
    }

    private void refresh() {
        version = instruments.version(year, type); // read first: never newer than the items shown
        grid.setItems(instruments.items(year, type));
        if (editable) {
            partner.setItems(instruments.partnersToAdd(year, type));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("items.title", FiscalYears.format(year, getLocale()), getTranslation(type.messageKey()))
                + " | " + getTranslation("app.name");
    }
}
