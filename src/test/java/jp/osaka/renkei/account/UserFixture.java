package jp.osaka.renkei.account;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Removes the users a test made, for the tests of every feature: app_user is this module's table. */
public final class UserFixture {

    private final JdbcTemplate jdbc;

    public UserFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void remove(List<String> usernames) {
        usernames.forEach(username -> jdbc.update("delete from app_user where username = ?", username));
    }

    /** Every user whose name starts so: for the users a test made through the screens, under a prefix of its own. */
    public void removeStartingWith(String prefix) {
        jdbc.update("delete from app_user where username like ?", prefix + "%");
    }
}
