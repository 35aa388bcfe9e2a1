package jp.osaka.renkei.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jp.osaka.renkei.survey.Level;

/**
 * A ward user and the load test's scenario (docs/performance.md): sign in, open 回答入力, answer the 12 items with think time, save
 * a draft, submit, open 集計結果. The generated data's users are ward-0001, room-0001, ward-0002, ….
 */
public record WardUser(String username, long wardId, boolean wardOffice, List<Level> choices, String comment) {

    static final int ITEMS = 12;

    /** The Japanese labels that the radio buttons show (messages.properties). */
    static final Map<Level, String> LABELS = Map.of(Level.VERY_WELL, "とても連携できている", Level.WELL, "連携できている",
            Level.NOT_WELL, "連携できていない", Level.NOT_AT_ALL, "全く連携できていない", Level.NO_ORGANISATION, "区内に団体がない");

    /** The index-th ward user: areas in turn, the ward office before the support room. */
    static WardUser of(int index, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003 + index);
        List<Level> choices = new ArrayList<>();
        for (int item = 0; item < ITEMS; item++) {
            choices.add(Level.values()[random.nextInt(Level.values().length)]);
        }
        int area = index / 2 + 1;
        boolean wardOffice = index % 2 == 0;
        return new WardUser((wardOffice ? "ward-" : "room-") + String.format("%04d", area), area, wardOffice,
                List.copyOf(choices), "負荷試験の所感 " + index);
    }

    /**
     * The scenario once, without think time, against the app at {@code base}; throws {@link ProtocolException}
     * on anything a user would have seen as an error (for the tests that compare it with a browser).
     */
    public void answerOnce(URI base, String password) {
        Recorder recorder = new Recorder();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        run(new UiConnection(http, base, recorder), password, Think.NONE);
    }

    String respondentType() {
        return wardOffice ? "WARD_OFFICE" : "SUPPORT_ROOM";
    }

    void run(UiConnection ui, String password, Think think) {
        ui.signIn(username(), password);
        think.page();
        ui.step("open-answer");
        ui.navigate("answer");
        ui.tree().require("save-draft");
        for (int item = 1; item <= ITEMS; item++) {
            think.action();
            ui.step("choose-level");
            ui.chooseRadio("item-" + item, LABELS.get(choices.get(item - 1)));
        }
        think.action();
        ui.step("comment");
        ui.type("comment-1", comment);
        think.action();
        ui.step("save-draft");
        ui.click("save-draft");
        think.action();
        ui.step("submit");
        ui.click("submit");
        ui.tree().require("submit-confirm");
        think.action();
        ui.confirm("submit-confirm");
        think.page();
        ui.step("open-results");
        ui.navigate("results");
    }
}
