package jp.osaka.renkei.scale;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jp.osaka.renkei.survey.RespondentType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.context.annotation.Profile;

/**
 * The people side of the generated data: a ward-office and a support-room user per area, a few
 * administrators and viewers, about one action for every two areas (plus city-wide ones) with partners and
 * progress notes, and eight more KPIs beside the four seeded ones.
 */
@Component
@Profile("generate")
class ScalePeople {

    private static final String[] TITLES = { "理学療法士会の周知", "地域包括支援センターとの連携強化",
        "ブランチ・社会福祉協議会との情報共有", "区役所担当者とコーディネーターの認識共有", "多職種研修会の開催",
        "入退院支援ルールの周知", "ケアマネ連絡会との意見交換" };
    private static final String[] STATUSES = { "PLANNED", "IN_PROGRESS", "DONE", "ON_HOLD" };
    private static final String ADMIN = "scale-admin";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    ScalePeople(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    static String username(RespondentType type, int area) {
        return (type == RespondentType.WARD_OFFICE ? "ward-" : "room-") + String.format("%04d", area);
    }

    /** Without renkei.generate.password nobody can sign in as a generated user. */
    void users(ScaleShape shape) {
        String password = shape.password().isBlank()
                ? HexFormat.of().formatHex(new SecureRandom().generateSeed(24)) : shape.password();
        String hash = passwords.encode(password); // one hash for all: bcrypt per user would take minutes
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(shape.lastYear(), 4, 1, 9, 0));
        try (BatchInserter user = new BatchInserter(jdbc, "app_user",
                "username, password_hash, display_name, role, ward_id, created_at")) {
            for (int i = 1; i <= 5; i++) {
                user.add(i == 1 ? ADMIN : "scale-admin-" + i, hash, "局担当者 " + i, "CITY_ADMIN", null, now);
                user.add("scale-viewer-" + i, hash, "閲覧者 " + i, "VIEWER", null, now);
            }
            for (int area = 1; area <= shape.areas(); area++) {
                for (RespondentType type : RespondentType.values()) {
                    user.add(username(type, area), hash, type.name() + " " + area, type.name(), area, now);
                }
            }
        }
    }

    void actionsAndKpis(ScaleShape shape, ScaleLevels random) {
        List<Long> goals = jdbc.queryForList("SELECT id FROM goal ORDER BY sort_order", Long.class);
        List<Object[]> actions = new ArrayList<>();
        List<Object[]> partners = new ArrayList<>();
        List<Object[]> notes = new ArrayList<>();
        for (int area = 0; area <= shape.areas(); area++) {
            int count = area == 0 ? 20 : random.chance(0.5) ? 1 : 0; // area 0: city-wide
            for (int i = 0; i < count; i++) {
                long actionId = actions.size() + 1;
                String owner = area == 0 ? ADMIN : username(RespondentType.values()[random.below(2)], area);
                LocalDate due = LocalDate.of(shape.lastYear(), 4, 1).plusDays(random.below(730));
                Timestamp created = Timestamp.valueOf(due.minusDays(200).atTime(9, 0));
                actions.add(new Object[] { actionId, TITLES[random.below(TITLES.length)],
                    "生成データ（" + shape.seed() + "）", area == 0 ? null : area, goals.get(random.below(goals.size())),
                    owner, due, STATUSES[random.below(STATUSES.length)], owner, created, owner, created });
                int first = 1 + random.below(11);
                partners.add(new Object[] { actionId, first });
                if (random.chance(0.4)) {
                    partners.add(new Object[] { actionId, first % 11 + 1 });
                }
                for (int n = random.below(4); n > 0; n--) {
                    LocalDate day = due.minusDays(30L * n);
                    notes.add(new Object[] { notes.size() + 1, actionId, day, "進捗メモ " + n, owner,
                        Timestamp.valueOf(day.atTime(17, 0)) });
                }
            }
        }
        insert("action", "id, title, description, ward_id, goal_id, owner, due_date, status, created_by, created_at,"
                + " updated_by, updated_at", actions);
        insert("action_partner", "action_id, partner_id", partners);
        insert("action_note", "id, action_id, note_date, text, author, created_at", notes);
        kpis(shape, goals);
    }

    private void insert(String table, String columns, List<Object[]> rows) {
        try (BatchInserter batch = new BatchInserter(jdbc, table, columns)) {
            rows.forEach(batch::add);
        }
    }

    /** Eight more KPIs, two of each kind, with targets in proportion to the number of areas. */
    private void kpis(ScaleShape shape, List<Long> goals) {
        int baseline = Math.max(shape.firstYear(), shape.lastYear() - 8);
        String[] kinds = { "WARDS_AT_LEVELS", "SHARE_AT_LEVELS", "WARDS_RECOGNISING", "MUTUAL_DISAGREEMENT" };
        for (int i = 0; i < 8; i++) {
            String kind = kinds[i % 4];
            long goal = goals.get(i % goals.size());
            Integer sort = jdbc.queryForObject("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM kpi WHERE goal_id = ?",
                    Integer.class, goal);
            double target = switch (kind) {
                case "SHARE_AT_LEVELS" -> 80;
                case "MUTUAL_DISAGREEMENT" -> shape.areas() / 20;
                default -> shape.areas() * 0.8;
            };
            jdbc.update("INSERT INTO kpi (goal_id, sort_order, name_ja, name_en, kind, respondent_type, baseline_year,"
                    + " target_value, target_year, fewer_is_better) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    goal, sort, "生成KPI " + (i + 1), "Generated KPI " + (i + 1), kind,
                    kind.equals("MUTUAL_DISAGREEMENT") ? null : RespondentType.values()[i / 4 % 2].name(),
                    baseline, target, shape.lastYear() + 4, kind.equals("MUTUAL_DISAGREEMENT"));
            Long kpi = jdbc.queryForObject("SELECT MAX(id) FROM kpi", Long.class);
            if (!kind.equals("MUTUAL_DISAGREEMENT")) {
                jdbc.update("INSERT INTO kpi_partner (kpi_id, partner_id) VALUES (?, ?)", kpi, 1 + (i * 3) % 11);
                jdbc.update("INSERT INTO kpi_partner (kpi_id, partner_id) VALUES (?, ?)", kpi, 1 + (i * 3 + 5) % 11);
            }
            if (kind.endsWith("AT_LEVELS")) {
                jdbc.update("INSERT INTO kpi_level (kpi_id, level) VALUES (?, 'VERY_WELL')", kpi);
            }
        }
    }
}
