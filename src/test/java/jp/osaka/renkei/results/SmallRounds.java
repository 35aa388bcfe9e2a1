package jp.osaka.renkei.results;

import java.time.Instant;
import java.util.List;

import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.AnswerInput;
import jp.osaka.renkei.survey.InstrumentService;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;

import org.springframework.context.ApplicationContext;

/**
 * Two published rounds with few respondents, for the small-numbers tests, in a database of their own
 * ({@link #DATABASE}, as a test property) so that the shared demo context never sees them: {@link #TWO} answered by the ward
 * offices of 北区 and 都島区 only (北区 とても, 都島区 連携できている for every item), {@link #THREE} by those of
 * 北区, 都島区 and 福島区 (とても, 連携できている, とても), compared with {@link #TWO}. No support room answered.
 */
public final class SmallRounds {

    public static final int TWO = 2090;
    public static final int THREE = 2091;
    private static final Instant AT = Instant.parse("2026-01-15T01:00:00Z");

    /** The own in-memory database of the small-numbers tests (both share one application context). */
    public static final String DATABASE = "spring.datasource.url=jdbc:h2:mem:small-numbers;DB_CLOSE_DELAY=-1";

    private SmallRounds() {
    }

    /** Makes the rounds once per database; later calls find them. */
    public static synchronized void ensure(ApplicationContext context) {
        RoundService rounds = context.getBean(RoundService.class);
        if (SystemActor.call(() -> rounds.findByFiscalYear(TWO)).isPresent()) {
            return;
        }
        make(context, TWO, null, List.of(Level.VERY_WELL, Level.WELL));
        make(context, THREE, TWO, List.of(Level.VERY_WELL, Level.WELL, Level.VERY_WELL));
    }

    private static void make(ApplicationContext context, int fiscalYear, Integer comparison, List<Level> levels) {
        RoundService rounds = context.getBean(RoundService.class);
        InstrumentService instruments = context.getBean(InstrumentService.class);
        ResponseService responses = context.getBean(ResponseService.class);
        SystemActor.run(() -> {
            long id = rounds.createPast(fiscalYear, comparison).id();
            for (int ward = 1; ward <= levels.size(); ward++) {
                Level level = levels.get(ward - 1);
                List<AnswerInput> answers = instruments.items(fiscalYear, RespondentType.WARD_OFFICE).stream()
                        .filter(item -> !item.retired())
                        .map(item -> new AnswerInput(item.id(), level, null))
                        .toList();
                responses.recordOnBehalf(new ResponseKey(fiscalYear, ward, RespondentType.WARD_OFFICE), answers, true,
                        "small-numbers", AT);
            }
            rounds.publish(id);
        });
    }
}
