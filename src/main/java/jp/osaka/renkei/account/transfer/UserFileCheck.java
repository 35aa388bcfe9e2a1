package jp.osaka.renkei.account.transfer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jp.osaka.renkei.account.AppUser;
import jp.osaka.renkei.account.NewAccount;
import jp.osaka.renkei.account.SignInMethod;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.base.TextLimit;
import jp.osaka.renkei.base.security.EmailAddress;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.ward.Ward;

import org.jspecify.annotations.Nullable;

/**
 * Checks the rows of an account file line by line (header row with Japanese names or English aliases); every
 * cell is NFKC-normalised first, so 全角 letters and digits count as 半角.
 */
public final class UserFileCheck {

    /** The columns, each with its Japanese header and its English alias. */
    public enum Column {
        NAME("氏名", "name"), LOGIN("ログイン名", "login"), EMAIL("メール", "email"), ROLE("役割", "role"),
        WARD("区", "ward"), SIGN_IN("サインイン方法", "sign-in");

        final String ja;
        final String en;

        Column(String ja, String en) {
            this.ja = ja;
            this.en = en;
        }
    }

    /** A line's problem: a message key and its arguments. */
    public record Problem(String key, List<Object> args) {
        public static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    /** One line of the file: its number (1 = header), cells as read, the account when valid, its problems. */
    public record Line(int number, String name, String login, String email, String role, String ward, String signIn,
            @Nullable NewAccount account, List<Problem> problems) {
    }

    /** The whole file: its lines, or a problem of the file as a whole (missing column, empty file). */
    public record Result(List<Line> lines, List<Problem> fileProblems) {
        public boolean ok() {
            return fileProblems.isEmpty() && !lines.isEmpty() && lines.stream().allMatch(l -> l.problems().isEmpty());
        }

        public List<NewAccount> accounts() {
            return lines.stream().map(Line::account).filter(java.util.Objects::nonNull).toList();
        }
    }

    private final List<Ward> wards;
    private final Function<String, Boolean> loginTaken;
    private final Function<String, String> roleLabel;

    /**
     * @param loginTaken whether an account with the login exists
     * @param roleLabel the Japanese label of a role's message key (as the screen shows it)
     */
    public UserFileCheck(List<Ward> wards, Function<String, Boolean> loginTaken, Function<String, String> roleLabel) {
        this.wards = wards;
        this.loginTaken = loginTaken;
        this.roleLabel = roleLabel;
    }

    public Result check(List<List<String>> rows) {
        List<List<String>> nonEmpty = rows.stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList();
        if (nonEmpty.isEmpty()) {
            return new Result(List.of(), List.of(Problem.of("users.import.file.empty")));
        }
        Map<Column, Integer> at = new HashMap<>();
        List<String> header = rows.get(rows.indexOf(nonEmpty.getFirst()));
        for (int i = 0; i < header.size(); i++) {
            String h = normal(header.get(i)).toLowerCase(Locale.ROOT);
            for (Column c : Column.values()) {
                if (h.equals(c.ja) || h.equals(c.en)) {
                    at.put(c, i);
                }
            }
        }
        List<Problem> missing = new ArrayList<>();
        for (Column c : List.of(Column.NAME, Column.LOGIN, Column.EMAIL, Column.ROLE, Column.WARD)) {
            if (!at.containsKey(c)) {
                missing.add(Problem.of("users.import.column.missing", c.ja));
            }
        }
        if (!missing.isEmpty()) {
            return new Result(List.of(), missing);
        }
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int headerIndex = rows.indexOf(header);
        for (int r = headerIndex + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            lines.add(line(r + 1, row, at, seen));
        }
        return new Result(lines, lines.isEmpty() ? List.of(Problem.of("users.import.file.empty")) : List.of());
    }

    private Line line(int number, List<String> row, Map<Column, Integer> at, Set<String> seen) {
        Function<Column, String> cell = c -> at.containsKey(c) && at.get(c) < row.size() ? normal(row.get(at.get(c)))
                : "";
        String name = cell.apply(Column.NAME);
        String login = cell.apply(Column.LOGIN).toLowerCase(Locale.ROOT);
        String email = cell.apply(Column.EMAIL);
        String roleText = cell.apply(Column.ROLE);
        String wardText = cell.apply(Column.WARD);
        String signInText = cell.apply(Column.SIGN_IN);
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(Problem.of("users.import.name.missing"));
        } else if (!TextLimit.fits(name, AppUser.MAX_DISPLAY_NAME)) {
            problems.add(Problem.of("users.import.name.tooLong", AppUser.MAX_DISPLAY_NAME));
        }
        if (login.isEmpty()) {
            problems.add(Problem.of("users.import.login.missing"));
        } else if (!TextLimit.fits(login, 64)) {
            problems.add(Problem.of("users.import.login.tooLong", 64));
        } else if (!login.matches(UserAdministrationService.USERNAME)) {
            problems.add(Problem.of("users.import.login.invalid", login));
        } else if (!seen.add(login)) {
            problems.add(Problem.of("users.import.login.twice", login));
        } else if (loginTaken.apply(login)) {
            problems.add(Problem.of("users.import.login.taken", login));
        }
        if (!email.isEmpty() && !EmailAddress.isValid(email)) {
            problems.add(Problem.of("users.import.email.invalid", email));
        }
        Role role = role(roleText);
        if (roleText.isEmpty()) {
            problems.add(Problem.of("users.import.role.missing"));
        } else if (role == null) {
            problems.add(Problem.of("users.import.role.unknown", roleText));
        }
        Long wardId = null;
        if (!wardText.isEmpty()) {
            Optional<Ward> ward = ward(wardText);
            if (ward.isEmpty()) {
                problems.add(Problem.of("users.import.ward.unknown", wardText));
            } else if (role != null && !role.wardScoped()) {
                problems.add(Problem.of("users.import.ward.notAllowed"));
            } else {
                wardId = ward.get().getId();
            }
        } else if (role != null && role.wardScoped()) {
            problems.add(Problem.of("users.import.ward.missing"));
        }
        SignInMethod signIn = signIn(signInText);
        if (signIn == null) {
            problems.add(Problem.of("users.import.signIn.unknown", signInText));
        }
        NewAccount account = problems.isEmpty() && role != null && signIn != null
                ? new NewAccount(login, name, role, wardId, email.isEmpty() ? null : email, signIn) : null;
        return new Line(number, name, login, email, roleText, wardText, signInText, account, problems);
    }

    private @Nullable Role role(String text) {
        for (Role r : Role.values()) {
            String label = roleLabel.apply(r.messageKey());
            // 区役所 for 区役所担当者: the label's start is enough, as people write it
            if (text.equalsIgnoreCase(r.name()) || text.equals(label) || text.length() >= 2 && label.startsWith(text)) {
                return r;
            }
        }
        return null;
    }

    private Optional<Ward> ward(String text) {
        return wards.stream().filter(w -> text.equals(w.getNameJa()) || text.equals(w.getCode())
                || text.equalsIgnoreCase(w.getSlug()) || text.equalsIgnoreCase(w.getNameEn())).findFirst();
    }

    private static @Nullable SignInMethod signIn(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "", "パスワード", "password", "local", "renkeiのパスワード" -> SignInMethod.LOCAL;
            case "ディレクトリ", "directory", "庁内ディレクトリ" -> SignInMethod.DIRECTORY;
            default -> null;
        };
    }

    private static String normal(String cell) {
        return Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
    }
}
