package jp.osaka.renkei.results;

import java.util.EnumMap;
import java.util.Map;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.AuditableEvent;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 医療施設等アンケート: administrators enter the reference survey's counts of a round; everyone reads
 * them with the round's results (administrators before publication too).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReferenceSurveyService {

    /** The counts of a round were entered or corrected. */
    record Saved(String actor, String target) implements AuditableEvent {

        @Override
        public AuditAction action() {
            return AuditAction.REFERENCE_COUNTS_SAVED;
        }
    }

    private final JdbcClient jdbc;
    private final RoundService rounds;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ReferenceSurveyService(JdbcClient jdbc, RoundService rounds, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.events = events;
    }

    public ReferenceSurvey counts(int fiscalYear) {
        RenkeiUser user = currentUser.require();
        // administrators enter the counts of any round, even one still in preparation
        RoundSummary round = rounds.findByFiscalYear(fiscalYear)
                .filter(r -> user.role() == Role.CITY_ADMIN || ResultsService.visible(user, r))
                .orElseThrow(() -> new DomainException("results.round.notVisible", fiscalYear));
        Map<FacilityType, Map<Level, Integer>> counts = new EnumMap<>(FacilityType.class);
        jdbc.sql("SELECT facility_type, level, facilities FROM reference_count WHERE round_id = :round")
                .param("round", round.id())
                .query(rs -> {
                    counts.computeIfAbsent(FacilityType.valueOf(rs.getString("facility_type")),
                            type -> new EnumMap<>(Level.class))
                            .put(Level.valueOf(rs.getString("level")), rs.getInt("facilities"));
                });
        Map<FacilityType, LevelCounts> byType = new EnumMap<>(FacilityType.class);
        counts.forEach((type, levels) -> byType.put(type, new LevelCounts(levels, 0)));
        return new ReferenceSurvey(round, byType);
    }

    /** Replaces the round's counts with these, all at once. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public ReferenceSurvey save(int fiscalYear, Map<FacilityType, Map<Level, Integer>> counts) {
        RoundSummary round = rounds.findByFiscalYear(fiscalYear)
                .orElseThrow(() -> new DomainException("results.round.notVisible", fiscalYear));
        counts.values().stream().flatMap(levels -> levels.values().stream()).filter(n -> n < 0).findAny()
                .ifPresent(n -> {
                    throw new DomainException("reference.negative");
                });
        jdbc.sql("DELETE FROM reference_count WHERE round_id = :round").param("round", round.id()).update();
        counts.forEach((type, levels) -> levels.forEach((level, facilities) -> {
            if (facilities > 0) {
                jdbc.sql("""
                        INSERT INTO reference_count (round_id, facility_type, level, facilities)
                        VALUES (:round, :type, :level, :facilities)""")
                        .param("round", round.id()).param("type", type.name()).param("level", level.name())
                        .param("facilities", facilities)
                        .update();
            }
        }));
        events.publishEvent(new Saved(currentUser.require().username(), Integer.toString(fiscalYear)));
        return counts(fiscalYear);
    }
}
