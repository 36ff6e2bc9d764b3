package org.policydesk.knowledge.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only connection with the statements prepared on it, so that a query is compiled once,
 * not per question. One thread at a time holds it (the store's pool hands it out).
 */
final class ReadConnection {
    /** Passage lookups by a list of rowids vary in length; this bounds how many shapes are kept. */
    private static final int MAX_STATEMENTS = 64;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    ReadConnection(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement != null) {
            statement.clearParameters();
            return statement;
        }
        if (statements.size() >= MAX_STATEMENTS) {
            closeStatements();
        }
        statement = connection.prepareStatement(sql);
        statements.put(sql, statement);
        return statement;
    }

    Optional<String> meta(String key) throws SQLException {
        PreparedStatement st = prepared("SELECT value FROM meta WHERE key = ?");
        st.setString(1, key);
        try (ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    private void closeStatements() {
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // Closing: nothing left to do with it.
            }
        }
        statements.clear();
    }

    void close() {
        closeStatements();
        StoreFile.closeQuietly(connection);
    }
}
