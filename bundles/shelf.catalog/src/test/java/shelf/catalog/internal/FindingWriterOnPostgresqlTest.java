package shelf.catalog.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import shelf.core.internal.database.TestPostgres;

/** FindingWriterTest's findings on the PostgreSQL server SHELF_TEST_PG_URL names (.ci/run starts one). */
class FindingWriterOnPostgresqlTest extends FindingWriterTest {
    private TestPostgres postgres;

    @Override
    @BeforeEach
    void open() throws Exception {
        assumeTrue(TestPostgres.available(), "SHELF_TEST_PG_URL is not set: no PostgreSQL server to test on");
        postgres = TestPostgres.create("shelf_findings");
        database = postgres.open(home);
        store.open(database);
    }

    @Override
    @AfterEach
    void close() {
        super.close();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception e) {
                throw new IllegalStateException("dropping the test database", e);
            }
        }
    }
}
