package jp.osaka.renkei.scale;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Collects the rows of one INSERT and sends them in JDBC batches, which Connector/J rewrites into
 * multi-row INSERTs ({@code rewriteBatchedStatements=true}, set by the generate profile).
 */
final class BatchInserter implements AutoCloseable {

    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final List<Object[]> rows = new ArrayList<>(BATCH);
    private long written;

    BatchInserter(JdbcTemplate jdbc, String table, String columns) {
        this.jdbc = jdbc;
        int count = columns.split(",").length;
        this.sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?,".repeat(count - 1) + "?)";
    }

    void add(Object... row) {
        rows.add(row);
        if (rows.size() == BATCH) {
            flush();
        }
    }

    long written() {
        return written + rows.size();
    }

    private void flush() {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            written += rows.size();
            rows.clear();
        }
    }

    @Override
    public void close() {
        flush();
    }
}
