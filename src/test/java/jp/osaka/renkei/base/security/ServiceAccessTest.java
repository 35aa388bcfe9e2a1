package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.RouteAccessTable.Who;
import jp.osaka.renkei.base.security.ServiceAccessTable.Outcome;
import jp.osaka.renkei.base.security.ServiceAccessTable.Row;
import jp.osaka.renkei.base.security.ServiceAccessTable.Sample;
import jp.osaka.renkei.results.CommentService;
import jp.osaka.renkei.survey.AnswerSheet;
import jp.osaka.renkei.survey.AnswerTransferService;
import jp.osaka.renkei.survey.InstrumentService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.transfer.AnswerFileWriter;
import jp.osaka.renkei.survey.transfer.AnswerRow;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each role calls every public service method of {@link ServiceAccessTable} through the real method
 * security and the services' own ward checks, with 北区's ids and with 都島区's, each call in a
 * transaction that is rolled back; and a service method without a row fails the build.
 */
@DemoDataTest
class ServiceAccessTest {

    private static final String OWN_WARD = "kita";
    private static final String OTHER_WARD = "miyakojima";

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    UserAccountService accounts;

    @Test
    void theTableHasExactlyOneRowForEveryPublicMethodOfTheServices() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<String> methods = new ArrayList<>();
        for (BeanDefinition service : scanner.findCandidateComponents("jp.osaka.renkei")) {
            Class<?> type = Class.forName(service.getBeanClassName());
            for (Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()
                        && !method.isBridge()) {
                    methods.add(ServiceAccessTable.signature(type.getSimpleName(), method.getName(),
                            method.getParameterTypes()));
                }
            }
        }

        assertThat(methods).as("the services found").hasSizeGreaterThan(90);
        assertThat(ServiceAccessTable.ROWS).extracting(row -> row.method).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(methods);
        assertThat(ServiceAccessTable.ROWS).as("a row either calls its method or says why no user does")
                .allMatch(row -> (row.call == null) != (row.notUserFacing == null));
    }

    /** Anonymous, the two ward roles (as 北区's users), the administrator and the viewer, each in turn. */
    @ParameterizedTest
    @EnumSource(Who.class)
    void everyCallerMeetsWhatTheTableSaysInEveryCall(Who who) {
        assertThat(mismatches(who)).isEmpty();
    }

    /** A ward user's import is refused whole: neither another ward's rows nor its own come in. */
    @Test
    void aWardUsersImportWithAnotherWardsRowsIsRefusedAndNoWardsAnswersChange() {
        inRolledBackTransaction(() -> {
            ResponseKey other = new ResponseKey(2025, ward(OTHER_WARD).getId(), RespondentType.WARD_OFFICE);
            ResponseKey own = new ResponseKey(2025, ward(OWN_WARD).getId(), RespondentType.WARD_OFFICE);
            List<Object> before = List.of(answers(other), answers(own));
            byte[] file = file(Stream.concat(rows(ward(OWN_WARD).getNameJa(), "1").stream(),
                    rows(ward(OTHER_WARD).getNameJa(), "4").stream()).toList());

            assertThatThrownBy(() -> RunAs.call(accounts.loadUserByUsername("ward-kita"),
                    () -> context.getBean(AnswerTransferService.class).commit(file)))
                    .isInstanceOf(AccessDeniedException.class);

            assertThat(List.of(answers(other), answers(own))).isEqualTo(before);
            return null;
        });
    }

    /** The rows where what the caller met differs from the table, each said in a line; empty when all agree. */
    private List<String> mismatches(Who who) {
        List<String> mismatches = new ArrayList<>();
        for (Row row : ServiceAccessTable.ROWS) {
            if (row.call == null) {
                continue;
            }
            Outcome expected = Objects.requireNonNull(row.expected.get(who));
            for (Sample sample : List.of(sample(who, true), sample(who, false))) {
                Met met = call(row, who, sample);
                boolean allowed = expected == Outcome.ALLOWED || expected == Outcome.OWN && sample.own();
                String problem = allowed ? allowedProblem(row, who, sample, met) : refusedProblem(met);
                if (problem != null) {
                    mismatches.add(who + " " + row.method + (sample.own() ? " (own)" : " (other)") + ": " + problem);
                }
            }
        }
        return mismatches;
    }

    private static @Nullable String refusedProblem(Met met) {
        return met.refused() ? null : "expected refused, met " + met;
    }

    private @Nullable String allowedProblem(Row row, Who who, Sample sample, Met met) {
        if (met.refused()) {
            return "expected allowed, met " + met;
        }
        if (met.error() != null) {
            boolean expectedBusiness = met.error() instanceof DomainException domain
                    && domain.messageKey().equals(row.businessKey);
            return expectedBusiness ? null : "expected allowed, met " + met;
        }
        if (row.wardsSeen != null && (who == Who.WARD_OFFICE || who == Who.SUPPORT_ROOM)) {
            Set<Object> seen = row.wardsSeen.apply(met.result(), sample);
            Set<Object> own = Set.of(ownWard().getId(), ownWard().getNameJa());
            if (!own.containsAll(seen)) {
                return "shows other wards " + seen;
            }
        }
        return null;
    }

    /** What one call met: its result, or what it threw. */
    private record Met(@Nullable Object result, @Nullable Throwable error) {

        boolean refused() {
            return error instanceof AccessDeniedException || error instanceof AuthenticationCredentialsNotFoundException;
        }

        @Override
        public String toString() {
            return error == null ? "success"
                    : error instanceof DomainException domain ? "DomainException " + domain.messageKey()
                    : error.toString();
        }
    }

    private Met call(Row row, Who who, Sample sample) {
        ServiceAccessTable.Call call = Objects.requireNonNull(row.call);
        return inRolledBackTransaction(() -> {
            DemoFixture fixture = new DemoFixture();
            try {
                Object result = who == Who.ANONYMOUS ? anonymously(() -> call.call(fixture, sample))
                        : RunAs.call(accounts.loadUserByUsername(who.demoUser), () -> unchecked(call, fixture, sample));
                return new Met(result, null);
            } catch (Unchecked e) {
                return new Met(null, e.getCause());
            } catch (Exception e) {
                return new Met(null, e);
            }
        });
    }

    private static @Nullable Object anonymously(java.util.concurrent.Callable<@Nullable Object> work) throws Exception {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return work.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static @Nullable Object unchecked(ServiceAccessTable.Call call, DemoFixture fixture, Sample sample) {
        try {
            return call.call(fixture, sample);
        } catch (Exception e) {
            throw new Unchecked(e);
        }
    }

    /** Carries what a call threw out of {@link RunAs#call}'s supplier unchanged. */
    private static final class Unchecked extends RuntimeException {
        Unchecked(Exception cause) {
            super(cause);
        }
    }

    private <T> T inRolledBackTransaction(java.util.function.Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        return template.execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    /** With 北区's ids and the caller's own name, or with 都島区's ids and another user's name. */
    private Sample sample(Who who, boolean own) {
        Ward ward = ward(own ? OWN_WARD : OTHER_WARD);
        RespondentType type = who == Who.SUPPORT_ROOM ? RespondentType.SUPPORT_ROOM : RespondentType.WARD_OFFICE;
        String self = who == Who.ANONYMOUS ? "ward-kita" : who.demoUser;
        String other = who == Who.CITY_ADMIN ? "viewer" : "admin";
        return new Sample(own, ward.getId(), ward.getNameJa(), type, own ? self : other);
    }

    private Ward ownWard() {
        return ward(OWN_WARD);
    }

    private Ward ward(String slug) {
        return SystemActor.call(() -> context.getBean(WardService.class).findAll().stream()
                .filter(w -> w.getSlug().equals(slug)).findFirst().orElseThrow());
    }

    private Object answers(ResponseKey key) {
        AnswerSheet sheet = SystemActor.call(() -> context.getBean(ResponseService.class).sheet(key));
        return List.of(String.valueOf(sheet.status()), sheet.version(), sheet.lines().stream()
                .map(line -> line.itemNo() + ":" + line.level() + ":" + line.comment()).toList());
    }

    private static List<AnswerRow> rows(String wardName, String level) {
        List<AnswerRow> rows = new ArrayList<>();
        for (int item = 1; item <= 12; item++) {
            rows.add(new AnswerRow(item + 1, "2025", wardName, "区役所", Integer.toString(item), level, ""));
        }
        return rows;
    }

    private static byte[] file(List<AnswerRow> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AnswerFileWriter.writeCsv(rows, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo data's ids, read (or, for actions, arranged) by the system inside the call's transaction. */
    private final class DemoFixture implements ServiceAccessTable.Fixture {

        @Override
        public <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        @Override
        public long roundId(int fiscalYear) {
            return SystemActor.call(() -> bean(RoundService.class).findByFiscalYear(fiscalYear).orElseThrow().id());
        }

        @Override
        public long action(@Nullable Long wardId) {
            return SystemActor.call(() -> bean(ActionService.class).create(ServiceAccessTable.actionInput(wardId)));
        }

        @Override
        public long actionVersion(long id) {
            return SystemActor.call(() -> bean(ActionService.class).get(id).version());
        }

        @Override
        public long responseVersion(ResponseKey key) {
            return SystemActor.call(() -> bean(ResponseService.class).sheet(key)).version();
        }

        @Override
        public long userId(String username) {
            return user(username).id();
        }

        @Override
        public long userVersion(String username) {
            return user(username).version();
        }

        private UserSummary user(String username) {
            return SystemActor.call(() -> bean(UserAdministrationService.class).findAll().stream()
                    .filter(u -> u.username().equals(username)).findFirst().orElseThrow());
        }

        @Override
        public long firstItemId(int fiscalYear, RespondentType type) {
            return SystemActor.call(() -> bean(InstrumentService.class).items(fiscalYear, type).getFirst().id());
        }

        @Override
        public long ratingWithComment(int fiscalYear) {
            return SystemActor.call(() -> bean(CommentService.class).comments(fiscalYear, RespondentType.WARD_OFFICE)
                    .getFirst().ratingId());
        }

        @Override
        public byte[] answersFile(String wardName) {
            return file(rows(wardName, "2"));
        }
    }
}
