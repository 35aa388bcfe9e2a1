package jp.osaka.renkei.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The standard instrument of DESIGN.md, derived from the partners' master data: the common
 * partners in their order (items 1–11), then the partner that stands for the other respondent
 * (item 12), which makes the mutual pair.
 */
final class StandardItems {

    private final List<Partner> partners;

    private StandardItems(List<Partner> partners) {
        this.partners = partners;
    }

    static StandardItems of(List<Partner> partnersInOrder, RespondentType type) {
        List<Partner> items = new ArrayList<>();
        partnersInOrder.stream().filter(p -> p.getRepresents() == null).forEach(items::add);
        partnersInOrder.stream().filter(p -> p.getRepresents() != null && p.getRepresents() != type)
                .forEach(items::add);
        return new StandardItems(items);
    }

    void forEach(BiConsumer<Partner, Integer> itemNoAndPartner) {
        for (int i = 0; i < partners.size(); i++) {
            itemNoAndPartner.accept(partners.get(i), i + 1);
        }
    }

    List<Partner> partners() {
        return List.copyOf(partners);
    }
}
