package jp.osaka.renkei.results;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.TextLimit;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 所見: the generated findings of an instrument in a round, or the administrator's curated list once
 * edited. Everyone reads them once the round is published; administrators from the moment it opens,
 * and only they curate. The first edit stores the generated list, then applies the change;
 * {@link #reset} deletes the stored list, so the generated one shows again
 * (docs/decisions/0004-findings-generated-until-edited.md). Every edit names the list's version the administrator
 * saw ({@link Findings#version()}) and is refused ("findings.stale") when someone changed the list since.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class FindingService {

    /** The longest finding, as the column holds it. */
    public static final int MAX_LENGTH = 1000;

    private final FindingRepository findings;
    private final FindingGenerator generator;
    private final FindingVersions versions;
    private final RoundService rounds;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FindingService(FindingRepository findings, FindingGenerator generator, FindingVersions versions,
            RoundService rounds, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.findings = findings;
        this.generator = generator;
        this.versions = versions;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** What the signed-in user may read: nothing for a round they may not see; hidden ones only for administrators. */
    public Findings findings(int fiscalYear, RespondentType type) {
        RenkeiUser user = currentUser.require();
        Optional<RoundSummary> round = rounds.findByFiscalYear(fiscalYear)
                .filter(candidate -> ResultsService.visible(user, candidate));
        boolean admin = user.role() == Role.CITY_ADMIN;
        if (round.isEmpty() || (!admin && generator.withheld(round.get(), type))) {
            return Findings.none(fiscalYear, type); // small numbers: findings say the counts withheld
        }
        long version = versions.current(round.get().id(), type); // read first: never newer than the list
        List<Finding> stored = stored(round.get(), type);
        if (stored.isEmpty()) {
            List<FindingGenerator.Line> generated = generator.generate(round.get(), type);
            return new Findings(fiscalYear, type, false, version, IntStream.range(0, generated.size())
                    .mapToObj(i -> new FindingSummary(i, generated.get(i).text().ja(), generated.get(i).text().en(),
                            generated.get(i).rule(), false))
                    .toList());
        }
        return new Findings(fiscalYear, type, true, version, IntStream.range(0, stored.size())
                .mapToObj(i -> stored.get(i).summary(i))
                .filter(line -> admin || !line.hidden()).toList());
    }

    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public void edit(int fiscalYear, RespondentType type, long expectedVersion, int index, String textJa,
            @Nullable String textEn) {
        Finding finding = at(curated(fiscalYear, type, expectedVersion), index);
        finding.edit(required(textJa), blankToNull(textEn), actor(), clock.instant());
        publish(AuditAction.FINDING_EDITED, fiscalYear, type, textJa);
    }

    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public void hide(int fiscalYear, RespondentType type, long expectedVersion, int index, boolean hidden) {
        Finding finding = at(curated(fiscalYear, type, expectedVersion), index);
        finding.hide(hidden, actor(), clock.instant());
        publish(hidden ? AuditAction.FINDING_HIDDEN : AuditAction.FINDING_SHOWN, fiscalYear, type, finding.getTextJa());
    }

    /** Moves a finding up (−1) or down (+1); nothing moves past either end. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public void move(int fiscalYear, RespondentType type, long expectedVersion, int index, int by) {
        List<Finding> list = curated(fiscalYear, type, expectedVersion);
        int target = index + Integer.signum(by);
        Finding finding = at(list, index);
        if (target < 0 || target >= list.size()) {
            return;
        }
        Finding other = list.get(target);
        int position = finding.getPosition();
        finding.moveTo(other.getPosition(), actor(), clock.instant());
        other.moveTo(position, actor(), clock.instant());
        publish(AuditAction.FINDING_MOVED, fiscalYear, type, finding.getTextJa());
    }

    /** Adds an administrator's own finding at the end. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public void add(int fiscalYear, RespondentType type, long expectedVersion, String textJa,
            @Nullable String textEn) {
        List<Finding> list = curated(fiscalYear, type, expectedVersion);
        int position = list.isEmpty() ? 0 : list.getLast().getPosition() + 1;
        findings.save(new Finding(adminRound(fiscalYear).id(), type, position, required(textJa), blankToNull(textEn),
                null, actor(), clock.instant()));
        publish(AuditAction.FINDING_ADDED, fiscalYear, type, textJa);
    }

    /** 自動生成に戻す: forgets every edit, so the generated findings show again. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public void reset(int fiscalYear, RespondentType type, long expectedVersion) {
        RoundSummary round = adminRound(fiscalYear);
        versions.changing(round.id(), type, expectedVersion);
        findings.deleteByRoundIdAndRespondentType(round.id(), type);
        publish(AuditAction.FINDINGS_RESET, fiscalYear, type, "");
    }

    /** The stored list, made from the generated findings on the first edit; refused if changed since it was read. */
    private List<Finding> curated(int fiscalYear, RespondentType type, long expectedVersion) {
        RoundSummary round = adminRound(fiscalYear);
        versions.changing(round.id(), type, expectedVersion);
        List<Finding> stored = stored(round, type);
        if (!stored.isEmpty()) {
            return stored;
        }
        List<FindingGenerator.Line> generated = generator.generate(round, type);
        return findings.saveAll(IntStream.range(0, generated.size())
                .mapToObj(i -> new Finding(round.id(), type, i, generated.get(i).text().ja(),
                        generated.get(i).text().en(), generated.get(i).rule(), actor(), clock.instant()))
                .toList());
    }

    private List<Finding> stored(RoundSummary round, RespondentType type) {
        return findings.findByRoundIdAndRespondentTypeOrderByPosition(round.id(), type);
    }

    private RoundSummary adminRound(int fiscalYear) {
        RenkeiUser user = currentUser.require();
        return rounds.findByFiscalYear(fiscalYear).filter(round -> ResultsService.visible(user, round))
                .orElseThrow(() -> new DomainException("results.round.notVisible", fiscalYear));
    }

    private static Finding at(List<Finding> list, int index) {
        if (index < 0 || index >= list.size()) {
            throw new DomainException("findings.notFound");
        }
        return list.get(index);
    }

    static String required(String text) {
        if (text.isBlank()) {
            throw new DomainException("findings.textRequired");
        }
        return limited(text.strip());
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : limited(text.strip());
    }

    private static String limited(String text) {
        return TextLimit.check(text, MAX_LENGTH, "findings.textTooLong");
    }

    private String actor() {
        return currentUser.require().username();
    }

    private void publish(AuditAction action, int fiscalYear, RespondentType type, String detail) {
        events.publishEvent(ResultsEvent.of(actor(), action, fiscalYear + " " + type.slug(), detail));
    }
}
