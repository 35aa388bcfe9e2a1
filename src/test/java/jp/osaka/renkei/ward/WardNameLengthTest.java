package jp.osaka.renkei.ward;

import static org.assertj.core.api.Assertions.assertThat;


import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.LimitedText;
import jp.osaka.renkei.LimitedTexts;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Property tests of a ward's names (VARCHAR(20) and VARCHAR(40)) on the embedded H2: any name up to the limit in
 * characters, 𠮷 and combining marks included, is saved intact; any longer one is refused with the message that
 * names the field and the limit, and the ward keeps its name.
 */
@DemoDataTest
class WardNameLengthTest {

    private static final long TAISHO = TestWards.TAISHO.id();
    private static final int TRIES = 40;

    @Autowired
    WardService wards;

    @AfterEach
    void restoreTheDemoName() {
        SystemActor.run(() -> renameTaisho("大正区", "Taisho"));
    }

    @ParameterizedTest
    @LimitedTexts(limit = Ward.MAX_NAME_JA, count = TRIES)
    void aJapaneseNameUpToTwentyCharactersIsSavedIntact(String name) {
        SystemActor.run(() -> renameTaisho(name, "Taisho"));

        assertThat(taisho().getNameJa()).isEqualTo(name);
    }

    @ParameterizedTest
    @LimitedTexts(limit = Ward.MAX_NAME_JA, over = true, count = TRIES)
    void aLongerJapaneseNameIsRefusedWithTheMessageAndNothingChanges(String name) {
        LimitedText.refused(() -> SystemActor.run(() -> renameTaisho(name, "Taisho (new)")),
                "ward.nameJa.tooLong", 20);

        assertThat(taisho().getName().ja()).isEqualTo("大正区");
        assertThat(taisho().getName().en()).isEqualTo("Taisho");
    }

    @ParameterizedTest
    @LimitedTexts(limit = Ward.MAX_NAME_EN, count = TRIES)
    void anEnglishNameUpToFortyCharactersIsSavedIntact(String name) {
        SystemActor.run(() -> renameTaisho("大正区", name));

        assertThat(taisho().getNameEn()).isEqualTo(name);
    }

    @ParameterizedTest
    @LimitedTexts(limit = Ward.MAX_NAME_EN, over = true, count = TRIES)
    void aLongerEnglishNameIsRefusedWithTheMessageAndNothingChanges(String name) {
        LimitedText.refused(() -> SystemActor.run(() -> renameTaisho("大正区（新）", name)),
                "ward.nameEn.tooLong", 40);

        assertThat(taisho().getName().ja()).isEqualTo("大正区");
        assertThat(taisho().getName().en()).isEqualTo("Taisho");
    }

    private Ward taisho() {
        return SystemActor.call(() -> wards.findById(TAISHO).orElseThrow());
    }

    /** Renames 大正区 as it is now (its current version). */
    private void renameTaisho(String ja, String en) {
        wards.rename(TAISHO, wards.findById(TAISHO).orElseThrow().getVersion(), ja, en);
    }
}
