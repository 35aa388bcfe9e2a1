package jp.osaka.renkei.survey;

import java.time.Instant;
import java.util.List;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SystemActor;

/**
 * 差し戻し on the shared demo data: sends a submitted response back as the bureau, and resubmits it
 * with the same answers afterwards, so that the other test classes see the demo data as it was.
 */
public final class SendBackFixture {

    private SendBackFixture() {
    }

    /** As the demo's administrator (admin), so that screens show a person's display name. */
    public static void sendBack(ResponseService responses, UserAccountService accounts, ResponseKey key,
            String reason) {
        RunAs.call(accounts.loadUserByUsername("admin"),
                () -> responses.reopen(key, reason, responses.sheet(key).version()));
    }

    /** Submits it again with its own answers, on behalf of the ward's demo user (ward-… or room-…). */
    public static void resubmit(ResponseService responses, ResponseKey key, String respondent) {
        SystemActor.run(() -> {
            List<AnswerInput> answers = responses.sheet(key).lines().stream()
                    .map(line -> new AnswerInput(line.itemId(), line.level(), line.comment())).toList();
            responses.recordOnBehalf(key, answers, true, respondent, Instant.now());
        });
    }
}
