package jp.osaka.renkei;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The wards of the demo data that tests change, and which tests may use them (docs/decisions/0016-test-wards.md).
 * The browserless tests share one database, the end-to-end tests another: in each, a ward listed here belongs to
 * one area of tests, and no test outside it signs in as its users or names its id. A ward not listed here is read
 * by every test and changed by none (beyond rows of a test's own: a round of its own year, a user of its own).
 * {@code TestWardsTest} holds the tests to that.
 */
public enum TestWards {

    //                                       browserless tests           end-to-end test
    MIYAKOJIMA(2, "miyakojima", "271021", null, "LoadClientMatchesBrowserE2E"),
    KONOHANA(4, "konohana", "271047", Area.ACCOUNTS, "LoadClientMatchesBrowserE2E"),
    NISHI(6, "nishi", "271063", Area.SENDING_BACK, null),
    MINATO(7, "minato", "271071", Area.ACTIONS, null),
    TAISHO(8, "taisho", "271080", Area.WARD_NAMES, null),
    NANIWA(10, "naniwa", "271110", Area.SENDING_BACK, "SentBackE2E"),
    NISHIYODOGAWA(11, "nishiyodogawa", "271136", Area.ACCOUNTS, null),
    YODOGAWA(12, "yodogawa", "271233", Area.ACTIONS, null),
    HIGASHIYODOGAWA(13, "higashiyodogawa", "271144", Area.ANSWERING, null),
    HIGASHINARI(14, "higashinari", "271152", null, "ActionProgressE2E"),
    IKUNO(15, "ikuno", "271161", Area.ACCOUNTS, null),
    ASAHI(16, "asahi", "271179", Area.SENDING_BACK, null),
    JOTO(17, "joto", "271187", Area.ACTIONS, "ConcurrentEditE2E"),
    TSURUMI(18, "tsurumi", "271241", Area.WARD_NAMES, null),
    ABENO(19, "abeno", "271195", Area.ACCOUNTS, null),
    SUMINOE(20, "suminoe", "271250", null, "KeyboardAndZoomE2E"),
    HIGASHISUMIYOSHI(22, "higashisumiyoshi", "271217", Area.ANSWERING, "UnsavedChangesE2E"),
    HIRANO(23, "hirano", "271268", Area.ANSWERING, null),
    NISHINARI(24, "nishinari", "271225", null, "AnswerSurveyE2E");

    // The demo users of these wards ("ward-" and "room-" and the slug), as constants for @WithUserDetails.
    public static final String MIYAKOJIMA_OFFICE = "ward-miyakojima";
    public static final String KONOHANA_OFFICE = "ward-konohana";
    public static final String MINATO_OFFICE = "ward-minato";
    public static final String MINATO_ROOM = "room-minato";
    public static final String NANIWA_OFFICE = "ward-naniwa";
    public static final String NANIWA_ROOM = "room-naniwa";
    public static final String NISHIYODOGAWA_OFFICE = "ward-nishiyodogawa";
    public static final String NISHIYODOGAWA_ROOM = "room-nishiyodogawa";
    public static final String YODOGAWA_OFFICE = "ward-yodogawa";
    public static final String HIGASHIYODOGAWA_ROOM = "room-higashiyodogawa";
    public static final String HIGASHINARI_ROOM = "room-higashinari";
    public static final String IKUNO_OFFICE = "ward-ikuno";
    public static final String IKUNO_ROOM = "room-ikuno";
    public static final String ASAHI_OFFICE = "ward-asahi";
    public static final String JOTO_OFFICE = "ward-joto";
    public static final String JOTO_ROOM = "room-joto";
    public static final String TSURUMI_OFFICE = "ward-tsurumi";
    public static final String ABENO_ROOM = "room-abeno";
    public static final String SUMINOE_OFFICE = "ward-suminoe";
    public static final String HIGASHISUMIYOSHI_OFFICE = "ward-higashisumiyoshi";
    public static final String HIGASHISUMIYOSHI_ROOM = "room-higashisumiyoshi";
    public static final String HIRANO_OFFICE = "ward-hirano";
    public static final String HIRANO_ROOM = "room-hirano";
    public static final String NISHINARI_OFFICE = "ward-nishinari";

    private final long id;
    private final String slug;
    private final String code;
    private final @Nullable Area browserless;
    private final @Nullable String endToEnd;

    TestWards(long id, String slug, String code, @Nullable Area browserless, @Nullable String endToEnd) {
        this.id = id;
        this.slug = slug;
        this.code = code;
        this.browserless = browserless;
        this.endToEnd = endToEnd;
    }

    /** The ward's id in the database, as wards.csv gives it. */
    public long id() {
        return id;
    }

    /** As in the demo users' names and the mailboxes, e.g. "naniwa". */
    public String slug() {
        return slug;
    }

    /** The ward's code, as in addresses such as /responses/2025/271110/ward-office. */
    public String code() {
        return code;
    }

    /** The area of browserless tests that may use the ward, if any. */
    public @Nullable Area browserless() {
        return browserless;
    }

    /** The one end-to-end test class that may use the ward, if any. */
    public @Nullable String endToEnd() {
        return endToEnd;
    }

    /**
     * Browserless tests that change the same kind of thing and know of each other's changes: each restores what it
     * changed or leaves the ward in a state that the others of its area expect.
     */
    public enum Area {
        /** Actions: created and removed again, or the demo action edited and restored. */
        ACTIONS("ActionScopingTest", "ActionsViewTest", "ConcurrentActionEditTest"),
        /** Names and shared mailboxes: changed and changed back. */
        WARD_NAMES("WardRenameTest", "WardMailboxesTest", "WardNameLengthTest", "WardsViewTest",
                "ConcurrentWardRenameTest"),
        /** 令和7年度 responses sent back (差し戻し) and submitted again, or left sent back. */
        SENDING_BACK("SentBackNoticeTest", "SentBackStatusTest", "SentBackStatusViewTest", "RemindAndReopenTest"),
        /** 令和7年度 responses answered: drafts saved, one submitted. */
        ANSWERING("AnswerViewTest", "UnsavedChangesTest", "ConcurrentAnswerEditTest", "SavedTextPropertiesTest"),
        /** The ward's accounts: disabled and enabled, renamed, given an address, a new password or a new role. */
        ACCOUNTS("WardAccountCoverageTest", "AccountCoverageNoticeTest", "NoAccountStatusViewTest",
                "ConcurrentUserEditTest", "UsersViewTest");

        private final List<String> tests;

        Area(String... tests) {
            this.tests = List.of(tests);
        }

        /** The simple names of the test classes of the area. */
        public List<String> tests() {
            return tests;
        }
    }
}
