package jp.osaka.renkei.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells an error that comes from the database being out of reach (down, frozen, the network cut) from
 * any other: the user then gets a message to try again later instead of an error id to report.
 */
public final class DatabaseErrors {

    private static final Logger log = LoggerFactory.getLogger(DatabaseErrors.class);

    private DatabaseErrors() {
    }

    /**
     * Whether the database could not be reached: no pooled connection in time (Hikari), a connection
     * refused or cut, a read that timed out (Connector/J), SQLSTATE class 08 (connection exception), or
     * a transaction that could not be rolled back or committed at the JDBC level. The last is what
     * arrives when the connection broke in the middle of a transaction: Spring then throws the failed
     * rollback (on the connection the pool has already closed) in place of the broken query.
     * Logged as a warning without a stack trace: the cause is outside the app.
     */
    public static boolean unreachable(Throwable error) {
        @Nullable Throwable cause = error;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (connectionFailure(cause)) {
                log.warn("The database cannot be reached: {}", cause.toString());
                return true;
            }
        }
        return false;
    }

    private static boolean connectionFailure(Throwable error) {
        if (error instanceof SQLTransientConnectionException || error instanceof SQLNonTransientConnectionException
                || error instanceof SQLRecoverableException) {
            return true;
        }
        if (error instanceof TransactionException && error.getCause() instanceof SQLException) {
            return true; // a database never refuses a rollback: the connection is gone
        }
        return error instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }
}
