package shelf.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.StoredBatch;
import shelf.api.importer.ImportProgress;
import shelf.api.importer.ImportRequest;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.security.internal.SecurityFixture;

/** The import service decides who may import and for which merchant, whoever calls it. */
class ImportScopeTest {
    private static final Subject LILY = new Subject("lily", Set.of(Role.EDITOR), new DataScope(Set.of("acme"), List.of()));

    @TempDir
    Path home;

    ImportFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new ImportFixture(home);
        var acl = SecurityFixture.acl(home.resolve("etc/shelf.command.acl.properties"));
        fixture.service.access = acl;
        fixture.with(new RowsImporter().sheet("商品", "商品编码|商品标题|销售价", "A1|T恤|10.00"), "xlsx", 0);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void anEditorImportsForTheirOwnMerchantOnly() throws Exception {
        assertEquals("lily imports for acme only — give --merchant acme", assertThrows(AccessRefusedException.class,
                () -> importAs(LILY, "bolt")).getMessage());
        assertEquals(0, fixture.store.count(Subject.SYSTEM, ProductQuery.all()), "nothing stored");

        StoredBatch batch = importAs(LILY, "");
        assertEquals(List.of("acme", "lily"), List.of(batch.merchant(), batch.importedBy()));
    }

    @Test
    void aReviewerMayNotImportAsTheCommandAclSays() {
        Subject wang = new Subject("wang", Set.of(Role.REVIEWER), new DataScope(Set.of("acme"), List.of()));
        assertEquals("catalog:import needs the role editor (or admin) — wang has reviewer",
                assertThrows(AccessRefusedException.class, () -> importAs(wang, "acme")).getMessage());
    }

    private StoredBatch importAs(Subject who, String merchant) throws Exception {
        return fixture.service.importFile(who, fixture.file("商品表.xlsx"), new ImportRequest(merchant, "", ""),
                ImportProgress.NONE).batch();
    }
}
