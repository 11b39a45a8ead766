package shelf.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.api.security.UserStoreException;
import shelf.core.internal.audit.FileAuditLog;
import shelf.core.internal.catalog.H2CatalogStore;

class H2UsersTest {
    @TempDir
    Path home;

    private final H2CatalogStore store = new H2CatalogStore();
    private final H2Users users = new H2Users();

    @BeforeEach
    void open() throws Exception {
        store.open(home.resolve("data/catalog"));
        FileAuditLog audit = new FileAuditLog();
        audit.open(home.resolve("data/audit.log"));
        users.database = store;
        users.audit = audit;
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFreshHomeGetsItsAdminFromTheFirstLoginAndNoSecondOne() throws Exception {
        assertFalse(users.any());
        Subject admin = users.createFirstAdmin("admin", "s3cret-pass".toCharArray());
        assertTrue(admin.isAdmin());
        assertTrue(users.any());
        assertThrows(UserStoreException.class, () -> users.createFirstAdmin("eve", "another-pass".toCharArray()));
        assertTrue(users.authenticate("admin", "s3cret-pass".toCharArray()).isPresent());
        assertTrue(users.authenticate("admin", "wrong-pass".toCharArray()).isEmpty());
        assertTrue(users.authenticate("nobody", "s3cret-pass".toCharArray()).isEmpty());
    }

    @Test
    void aUserHasRolesAScopeAndNoPasswordInTheClear() throws Exception {
        Subject admin = users.createFirstAdmin("admin", "s3cret-pass".toCharArray());
        users.add("lily", Set.of(Role.EDITOR), new DataScope(Set.of("acme"), List.of("服饰鞋包")), "lily-pass-1".toCharArray(),
                admin);
        Subject lily = users.authenticate("lily", "lily-pass-1".toCharArray()).orElseThrow();
        assertEquals(Set.of(Role.EDITOR), lily.roles());
        assertTrue(lily.scope().allows("acme", "服饰鞋包/女装"));
        assertFalse(lily.scope().allows("acme", "食品"));
        assertFalse(lily.scope().allows("other", "服饰鞋包"));
        store.close();
        byte[] file = Files.readAllBytes(home.resolve("data/catalog.mv.db"));
        assertFalse(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains("lily-pass-1"));
        store.open(home.resolve("data/catalog"));

        assertEquals("The password is too short — at least 8 characters", assertThrows(UserStoreException.class,
                () -> users.add("bob", Set.of(Role.OPS), DataScope.ALL, "short".toCharArray(), admin)).getMessage());
        users.disable("lily", admin);
        assertTrue(users.authenticate("lily", "lily-pass-1".toCharArray()).isEmpty(), "disabled");
        assertTrue(Files.readString(home.resolve("data/audit.log")).contains("\"command\":\"user:disable\""));
    }
}
