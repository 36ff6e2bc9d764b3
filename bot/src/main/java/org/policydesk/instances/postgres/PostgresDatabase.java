package org.policydesk.instances.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.policydesk.config.ConfigurationException;
import org.policydesk.config.SharedStateSettings;
import org.policydesk.knowledge.store.StoreException;

/**
 * The PostgreSQL database the instances share: a pool of connections (HikariCP), its schema
 * brought up to date at open (Flyway, which locks out a second instance migrating at once).
 */
public final class PostgresDatabase implements AutoCloseable {

    /** Migrations, in {@code V<n>__<what>.sql} files. */
    static final String MIGRATIONS = "classpath:db/postgresql";
    private static final int CONNECT_SECONDS = 10;

    private final HikariDataSource pool;
    private final SharedStateSettings settings;

    private PostgresDatabase(HikariDataSource pool, SharedStateSettings settings) {
        this.pool = pool;
        this.settings = settings;
    }

    /**
     * Connects and migrates the schema; fails with a message that names what is wrong and never
     * quotes the URL or the password.
     */
    public static PostgresDatabase open(SharedStateSettings settings, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("policydesk-shared");
        config.setJdbcUrl(settings.databaseUrl().reveal());
        if (!settings.user().isEmpty()) {
            config.setUsername(settings.user());
        }
        if (settings.password().isPresent()) {
            config.setPassword(settings.password().reveal());
        }
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_SECONDS * 1000L);
        config.setInitializationFailTimeout(CONNECT_SECONDS * 1000L);
        config.addDataSourceProperty("ApplicationName", "policydesk " + settings.instanceId());
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new ConfigurationException("the shared database (POLICYBOT_DATABASE_URL) cannot be reached: " + safe(settings, e));
        }
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS).table("policydesk_schema_history").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new ConfigurationException("the shared database's schema cannot be brought up to date: " + safe(settings, e));
        }
        return new PostgresDatabase(pool, settings);
    }

    /** A pooled connection, to be closed after use (which returns it to the pool). */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * A connection of its own, outside the pool, for a session that lasts (LISTEN holds its
     * connection for as long as it listens).
     */
    Connection dedicatedConnection() throws SQLException {
        Properties properties = new Properties();
        if (!settings.user().isEmpty()) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password().isPresent()) {
            properties.setProperty("password", settings.password().reveal());
        }
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_SECONDS));
        properties.setProperty("ApplicationName", "policydesk " + settings.instanceId() + " (sync)");
        return DriverManager.getConnection(settings.databaseUrl().reveal(), properties);
    }

    /** How this instance is named in the shared tables. */
    public String instanceId() {
        return settings.instanceId();
    }

    /** A database failure as it may be shown: its message without the URL or the password. */
    StoreException failure(String what, SQLException e) {
        return new StoreException(what + ": " + safe(settings, e), e);
    }

    static String safe(SharedStateSettings settings, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return settings.password().redact(settings.databaseUrl().redact(message.lines().findFirst().orElse("")));
    }

    @Override
    public void close() {
        pool.close();
    }
}
