package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class StandardItemsTest {

    private final List<Partner> partners = partners();

    @Test
    void theWardOfficeRatesTheCoordinatorAsItemTwelve() {
        List<Partner> items = StandardItems.of(partners, RespondentType.WARD_OFFICE).partners();
        assertThat(items).hasSize(12);
        assertThat(items.getLast().getCode()).isEqualTo("P12");
        assertThat(items.getLast().getRepresents()).isEqualTo(RespondentType.SUPPORT_ROOM);
    }

    @Test
    void theSupportRoomRatesTheWardOfficeStaffAsItemTwelve() {
        List<Partner> items = StandardItems.of(partners, RespondentType.SUPPORT_ROOM).partners();
        assertThat(items).hasSize(12);
        assertThat(items.subList(0, 11)).extracting(Partner::getRepresents).containsOnlyNulls();
        assertThat(items.getLast().getCode()).isEqualTo("P13");
    }

    @Test
    void itemsAreNumberedInTheirOrder() {
        List<Integer> numbers = new ArrayList<>();
        StandardItems.of(partners, RespondentType.WARD_OFFICE).forEach((partner, no) -> numbers.add(no));
        assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    private static List<Partner> partners() {
        List<Partner> list = new ArrayList<>(LongStream.rangeClosed(1, 11)
                .mapToObj(id -> InMemorySurvey.partner(id, "関係機関" + id, null)).toList());
        list.add(InMemorySurvey.partner(12, "在宅医療・介護連携支援コーディネーター", RespondentType.SUPPORT_ROOM));
        list.add(InMemorySurvey.partner(13, "区役所担当者", RespondentType.WARD_OFFICE));
        return list;
    }
}
