package jp.osaka.renkei.scale;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.ward.LocalGovernmentCode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database (schema and master data by Liquibase) with national-scale data, the same for
 * the same seed: areas beyond the 24 wards, published rounds each compared with the previous one, both
 * instruments of 12 items, every area's submitted answers, and users, actions and KPIs in proportion.
 * Plain batched JDBC: 836,000 ratings in minutes. See docs/performance.md for the command.
 */
@Component
@Profile("generate")
class ScaleDataGenerator implements ApplicationRunner {

    /** The partners of items 1–11, common to both instruments (partners.csv). */
    private static final int COMMON_ITEMS = 11;
    private static final long COORDINATOR = 12;
    private static final long WARD_STAFF = 13;

    private static final Logger log = LoggerFactory.getLogger(ScaleDataGenerator.class);

    private final JdbcTemplate jdbc;
    private final ScaleShape shape;
    private final ScalePeople people;
    private final ApplicationContext context;

    ScaleDataGenerator(JdbcTemplate jdbc, ScaleShape shape, ScalePeople people, ApplicationContext context) {
        this.jdbc = jdbc;
        this.shape = shape;
        this.people = people;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        Command.runAndExit(context, "generate", this::generate);
    }

    void generate() {
        shape.check();
        Integer rounds = jdbc.queryForObject("SELECT COUNT(*) FROM survey_round", Integer.class);
        Integer wards = jdbc.queryForObject("SELECT COUNT(*) FROM ward", Integer.class);
        if (rounds == null || rounds > 0 || wards == null || wards != 24) {
            throw new IllegalStateException("renkei.generate needs a new, empty database (master data only)");
        }
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(shape.seed());
        ScaleLevels levels = new ScaleLevels(random.split());
        addAreas();
        List<Double> leanings = new ArrayList<>();
        for (int area = 1; area <= shape.areas(); area++) {
            leanings.add(levels.areaLeaning());
        }
        people.users(shape);
        for (int index = 0; index < shape.rounds(); index++) {
            round(index, levels, leanings);
            log.info("round {} of {} written", index + 1, shape.rounds());
        }
        if (shape.openRound()) {
            openRound();
        }
        people.actionsAndKpis(shape, new ScaleLevels(random.split()));
        // fresh index statistics, as if the data had grown over the years, so that plans are the real ones
        jdbc.execute("ANALYZE TABLE ward, survey_round, instrument, instrument_item, survey_response, rating");
        log.info("generated in {} s: {} areas, {} rounds, {} responses, {} ratings, {} users, {} actions, {} KPIs",
                (System.nanoTime() - started) / 1_000_000_000,
                count("ward"), count("survey_round"), count("survey_response"), count("rating"),
                count("app_user"), count("action"), count("kpi"));
    }

    private long count(String table) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return count == null ? 0 : count;
    }

    /** Areas 25… as wards with unique names, slugs and valid 全国地方公共団体コード (prefix 40025…). */
    private void addAreas() {
        try (BatchInserter ward = new BatchInserter(jdbc, "ward", "id, code, name_ja, name_en, slug, sort_order")) {
            for (int id = 25; id <= shape.areas(); id++) {
                String number = String.format("%04d", id);
                ward.add(id, code(40_000 + id), "地域" + number, "Area " + number, "area-" + number, id);
            }
        }
    }

    /** Five digits and the check digit that {@link LocalGovernmentCode} accepts. */
    static String code(int prefix) {
        for (int check = 0; check <= 9; check++) {
            String code = Integer.toString(prefix) + check;
            if (LocalGovernmentCode.isValid(code)) {
                return code;
            }
        }
        throw new IllegalArgumentException("no check digit for " + prefix);
    }

    private void round(int index, ScaleLevels levels, List<Double> leanings) {
        long roundId = index + 1;
        int year = shape.firstYear() + index;
        insertRound(roundId, year, "PUBLISHED", LocalDate.of(year, 11, 30));
        double progress = shape.rounds() == 1 ? 1 : (double) index / (shape.rounds() - 1);
        Timestamp submitted = Timestamp.valueOf(LocalDateTime.of(year, 11, 20, 10, 0));
        for (RespondentType type : RespondentType.values()) {
            answers(roundId, type, instrument(roundId, type), progress, submitted, levels, leanings);
        }
    }

    /** The year after the last published round, open for answers until the end of its fiscal year, none given yet. */
    private void openRound() {
        long roundId = shape.rounds() + 1L;
        int year = shape.lastYear() + 1;
        insertRound(roundId, year, "OPEN", LocalDate.of(year + 1, 3, 31));
        for (RespondentType type : RespondentType.values()) {
            instrument(roundId, type);
        }
        log.info("round {} open for answers", year);
    }

    private void insertRound(long roundId, int year, String status, LocalDate deadline) {
        jdbc.update("INSERT INTO survey_round (id, version, fiscal_year, status, deadline, comparison_round_id, created_at)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?)", roundId, year, status, deadline,
                roundId == 1 ? null : roundId - 1, Timestamp.valueOf(LocalDateTime.of(year, 4, 1, 9, 0)));
    }

    /** The round's instrument of the type with its 12 items; returns the id of its first item. */
    private long instrument(long roundId, RespondentType type) {
        long instrumentId = roundId * 2 - 1 + type.ordinal();
        long firstItem = (instrumentId - 1) * 12 + 1;
        jdbc.update("INSERT INTO instrument (id, round_id, respondent_type) VALUES (?, ?, ?)",
                instrumentId, roundId, type.name());
        try (BatchInserter item = new BatchInserter(jdbc, "instrument_item",
                "id, instrument_id, partner_id, item_no, position, retired")) {
            for (int no = 1; no <= 12; no++) {
                long partner = no <= COMMON_ITEMS ? no : type == RespondentType.WARD_OFFICE ? COORDINATOR : WARD_STAFF;
                item.add(firstItem + no - 1, instrumentId, partner, no, no, false);
            }
        }
        return firstItem;
    }

    private void answers(long roundId, RespondentType type, long firstItem, double progress, Timestamp at,
            ScaleLevels levels, List<Double> leanings) {
        long firstResponse = ((roundId - 1) * 2 + type.ordinal()) * shape.areas();
        try (BatchInserter response = new BatchInserter(jdbc, "survey_response",
                "id, version, round_id, ward_id, respondent_type, status, updated_by, updated_at, submitted_by, submitted_at")) {
            for (int area = 1; area <= shape.areas(); area++) {
                String user = ScalePeople.username(type, area);
                response.add(firstResponse + area, 0, roundId, area, type.name(), "SUBMITTED", user, at, user, at);
            }
        }
        try (BatchInserter rating = new BatchInserter(jdbc, "rating", "id, response_id, item_id, level, comment")) {
            for (int area = 1; area <= shape.areas(); area++) {
                long responseId = firstResponse + area;
                for (int no = 1; no <= 12; no++) {
                    Level level = levels.draw(leanings.get(area - 1), no, progress);
                    String comment = levels.chance(0.03) ? "第" + roundId + "回の所感 " + area + "-" + no : null;
                    rating.add((responseId - 1) * 12 + no, responseId, firstItem + no - 1, level.name(), comment);
                }
            }
        }
    }
}
