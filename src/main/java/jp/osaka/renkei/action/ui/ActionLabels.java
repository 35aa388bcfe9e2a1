package jp.osaka.renkei.action.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.osaka.renkei.action.ActionChange;
import jp.osaka.renkei.action.ActionOwners;
import jp.osaka.renkei.action.ActionStatus;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.goal.GoalSummary;
import jp.osaka.renkei.survey.PartnerService;
import jp.osaka.renkei.survey.PartnerSummary;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;

/** The names an action refers to by id — wards, partners, goals — read once per screen, in the user's language. */
final class ActionLabels {

    /** A ward, or 全市 (city-wide) when wardId is null: where an action takes place. */
    record Place(@Nullable Long wardId, String name) {
    }

    private final Locale locale;
    private final String cityWide;
    private final List<Place> places = new ArrayList<>();
    private final List<PartnerSummary> partners;
    private final List<GoalSummary> goals;
    private final Map<Long, PartnerSummary> partnersById;
    private final Map<Long, GoalSummary> goalsById;

    ActionLabels(WardService wards, PartnerService partnerService, GoalService goalService, Locale locale,
            String cityWide) {
        this.locale = locale;
        this.cityWide = cityWide;
        places.add(new Place(null, cityWide));
        for (Ward ward : wards.findAll()) {
            places.add(new Place(ward.getId(), ward.getName().get(locale)));
        }
        this.partners = partnerService.findAll();
        this.goals = goalService.findAll();
        this.partnersById = partners.stream().collect(Collectors.toMap(PartnerSummary::id, Function.identity()));
        this.goalsById = goals.stream().collect(Collectors.toMap(GoalSummary::id, Function.identity()));
    }

    List<Place> places() {
        return places;
    }

    Place place(@Nullable Long wardId) {
        return places.stream().filter(p -> Objects.equals(p.wardId(), wardId)).findFirst()
                .orElse(new Place(wardId, cityWide));
    }

    List<PartnerSummary> partners() {
        return partners;
    }

    List<GoalSummary> goals() {
        return goals;
    }

    String partnerNames(Set<Long> ids) {
        return partners.stream().filter(p -> ids.contains(p.id())).map(p -> p.name().get(locale))
                .collect(Collectors.joining("、"));
    }

    String goalTitle(@Nullable Long goalId) {
        GoalSummary goal = goalId == null ? null : goalsById.get(goalId);
        return goal == null ? "" : goal.title().get(locale);
    }

    String partnerName(PartnerSummary partner) {
        return partner.name().get(locale);
    }

    /** A stored history value as people read it: names for ids, labels for codes, owners without an account marked. */
    String historyValue(ActionChange.Field field, @Nullable String value,
            BiFunction<String, Object[], String> translate) {
        if (value == null || value.isEmpty()) {
            return field == ActionChange.Field.WARD ? cityWide : "";
        }
        return switch (field) {
            case WARD -> place(Long.valueOf(value)).name();
            case PARTNERS -> partnerNames(Arrays.stream(value.split(",")).map(Long::valueOf)
                    .filter(partnersById::containsKey).collect(Collectors.toSet()));
            case GOAL -> goalTitle(Long.valueOf(value));
            case STATUS -> translate.apply(ActionStatus.valueOf(value).messageKey(), new Object[0]);
            case OWNER -> ActionOwners.freeName(value) == null ? value
                    : OwnerLabel.of(ActionOwners.freeName(value), true, translate);
            default -> value;
        };
    }
}
