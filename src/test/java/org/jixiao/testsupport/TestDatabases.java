package org.jixiao.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Real databases for repository tests: a PostgreSQL server started once per test JVM from embedded binaries
 * (no Docker), and H2 in PostgreSQL mode as the embedded default runs it. Every call returns a fresh, empty
 * database with the project's Flyway migrations applied.
 */
public final class TestDatabases {

    /** The kinds a repository test runs against. */
    public enum Kind { POSTGRESQL, H2 }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static DataSource fresh(Kind kind) {
        DataSource dataSource = kind == Kind.POSTGRESQL ? freshPostgres() : freshH2();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return postgres;
    }

    private static DataSource freshPostgres() {
        EmbeddedPostgres server = server();
        String name = "jixiao_test_" + SEQUENCE.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return server.getDatabase("postgres", name);
    }

    private static DataSource freshH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        // a file database like the embedded default (./data/jixiao), under the build's temporary directory
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "h2-" + ProcessHandle.current().pid(),
                "jixiao_test_" + SEQUENCE.incrementAndGet());
        h2.setURL("jdbc:h2:file:" + file.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        h2.setUser("sa");
        return h2;
    }
}
