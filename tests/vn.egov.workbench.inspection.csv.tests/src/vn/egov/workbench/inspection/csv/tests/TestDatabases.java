package vn.egov.workbench.inspection.csv.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Named;

import vn.egov.workbench.inspection.store.StoreConfig;

/**
 * The databases the store tests run on: a fresh H2 file always, and PostgreSQL when
 * {@code egov.test.pg.url} (or $EGOV_TEST_PG_URL) names one. Under ./test and CI PostgreSQL is
 * required: without it the PostgreSQL cases fail instead of disappearing.
 */
final class TestDatabases {

    private TestDatabases() {
    }

    static List<Named<Supplier<StoreConfig>>> all() {
        List<Named<Supplier<StoreConfig>>> dbs = new ArrayList<>();
        dbs.add(Named.of("H2", TestDatabases::freshH2));
        String url = setting("egov.test.pg.url", "EGOV_TEST_PG_URL");
        boolean required = "true".equals(setting("egov.test.pg.required", "EGOV_TEST_PG_REQUIRED"))
                || "true".equals(System.getenv("CI"));
        if (url != null) {
            dbs.add(Named.of("PostgreSQL", () -> freshPostgres(url)));
        } else if (required) {
            dbs.add(Named.of("PostgreSQL", () -> {
                throw new AssertionError("PostgreSQL is required here (CI or egov.test.pg.required) but "
                        + "EGOV_TEST_PG_URL is not set: releng/scripts/start-postgres.sh did not start it");
            }));
        }
        return dbs;
    }

    private static String setting(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank() || v.startsWith("${")) { // Maven leaves ${env.X} as is when X is unset
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? null : v;
    }

    static StoreConfig freshH2() {
        try {
            Path dir = Files.createTempDirectory("egov-csv-test");
            dir.toFile().deleteOnExit();
            return StoreConfig.embedded(dir.resolve("inspections"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static StoreConfig freshPostgres(String url) {
        StoreConfig config = new StoreConfig(url, setting("egov.test.pg.user", "EGOV_TEST_PG_USER"),
                setting("egov.test.pg.password", "EGOV_TEST_PG_PASSWORD"));
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(config.user());
        ds.setPassword(config.password());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (java.sql.SQLException e) {
            throw new AssertionError("cannot reset the PostgreSQL test database " + url + ": " + e.getMessage(), e);
        }
        return config;
    }
}
