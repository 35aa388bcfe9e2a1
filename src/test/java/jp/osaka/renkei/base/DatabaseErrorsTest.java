package jp.osaka.renkei.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which errors mean "the database cannot be reached", in the shapes seen when MariaDB was frozen or killed. */
class DatabaseErrorsTest {

    @Test
    void noConnectionFromThePoolInTimeIsTheDatabaseOutOfReach() {
        Exception hikari = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5006ms", "08S01");

        assertThat(DatabaseErrors.unreachable(new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction", new RuntimeException("JDBC", hikari)))).isTrue();
    }

    @Test
    void aReadThatTimedOutOrAConnectionCutIsTheDatabaseOutOfReach() {
        SQLException communications = new SQLException("Communications link failure", "08S01",
                new SocketTimeoutException("Read timed out"));

        assertThat(DatabaseErrors.unreachable(new RuntimeException(communications))).isTrue();
    }

    /** Spring throws the failed rollback in place of the query that broke the connection. */
    @Test
    void aRollbackThatFailedOnAClosedConnectionIsTheDatabaseOutOfReach() {
        assertThat(DatabaseErrors.unreachable(new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void aRefusedRowOrAProgrammingErrorIsNot() {
        assertThat(DatabaseErrors.unreachable(new DataIntegrityViolationException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseErrors.unreachable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseErrors.unreachable(new SQLException("Unknown column", "42S22"))).isFalse();
        assertThat(DatabaseErrors.unreachable(new TransactionException("Transaction not successfully started")))
                .isFalse();
    }
}
