package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** まとめ and 今後の方向性: the bureau writes them once a round opens; everyone reads them once it is published. */
@DemoDataTest
class ConclusionsServiceTest {

    @Autowired
    ConclusionsService conclusions;

    @AfterEach
    void forget2025() {
        SystemActor.run(() -> conclusions.save(new Conclusions(2025, "", null, "", null)));
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorWritesAnOpenRoundsTextsAndEnglishFallsBackToJapanese() {
        conclusions.save(new Conclusions(2025, " ・連携が進んでいる。\n・周知が必要。 ", "", "＃連携の強化", "# Stronger cooperation"));

        Conclusions saved = conclusions.conclusions(2025).orElseThrow();
        assertThat(saved.summaryJa()).isEqualTo("・連携が進んでいる。\n・周知が必要。");
        assertThat(saved.summary(Locale.ENGLISH)).isEqualTo(saved.summaryJa());
        assertThat(saved.direction(Locale.ENGLISH)).isEqualTo("# Stronger cooperation");
    }

    @Test
    @WithUserDetails("admin")
    void theDocumentNumberIsSavedTrimmedABlankOneIsNoneAndALongOneIsRefused() {
        conclusions.save(new Conclusions(2025, "まとめ", null, "", null, "　資料３ "));
        assertThat(conclusions.forEditing(2025).text().documentLabel()).isEqualTo("資料３");

        conclusions.save(new Conclusions(2025, "まとめ", null, "", null, "  "));
        assertThat(conclusions.forEditing(2025).text().documentLabel()).isNull();

        // a 資料番号 alone is kept, though there is no text to print yet
        conclusions.save(new Conclusions(2025, "", null, "", null, "𠮷".repeat(ConclusionsService.MAX_LABEL_LENGTH)));
        assertThat(conclusions.conclusions(2025).orElseThrow().documentLabel())
                .isEqualTo("𠮷".repeat(ConclusionsService.MAX_LABEL_LENGTH));
        assertThat(conclusions.conclusions(2025).orElseThrow().hasText()).isFalse();
        assertThatThrownBy(() -> conclusions.save(new Conclusions(2025, "まとめ", null, "", null,
                "資".repeat(ConclusionsService.MAX_LABEL_LENGTH + 1))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("conclusions.documentLabel.tooLong"));
    }

    @Test
    @WithUserDetails("viewer")
    void othersReadNothingBeforeTheRoundIsPublished() {
        SystemActor.run(() -> conclusions.save(new Conclusions(2025, "公表前のまとめ", null, "", null)));

        assertThat(conclusions.conclusions(2025)).isEmpty();
        assertThat(conclusions.conclusions(2021)).isPresent();
    }

    @Test
    @WithUserDetails("ward-kita")
    void wardUsersCannotWriteThem() {
        assertThatThrownBy(() -> conclusions.save(new Conclusions(2021, "書き換え", null, "", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Versions past 127, where comparing boxed Longs by identity (which held for small versions) goes wrong. */
    @Test
    @WithUserDetails("admin")
    void aSaveWithTheVersionJustReadGoesThroughHowEverManyTimesTheTextsWereSaved() {
        long first = conclusions.forEditing(2025).version();
        for (int i = 0; i < 140; i++) {
            ConclusionsService.Editing read = conclusions.forEditing(2025);
            conclusions.save(new Conclusions(2025, "まとめ " + i, null, "", null), read.version());
        }

        assertThat(conclusions.forEditing(2025).version()).isGreaterThan(first + 128);
        assertThat(conclusions.conclusions(2025).orElseThrow().summaryJa()).isEqualTo("まとめ 139");
        assertThatThrownBy(() -> conclusions.save(new Conclusions(2025, "古い版から", null, "", null), first))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("conclusions.stale"));
    }
}
