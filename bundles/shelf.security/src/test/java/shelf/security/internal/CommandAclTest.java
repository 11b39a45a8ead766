package shelf.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.security.AccessRefusedException;
import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;

class CommandAclTest {
    @TempDir
    Path etc;

    private final CommandAcl acl = new CommandAcl();
    private final Subject editor = new Subject("lily", Set.of(Role.EDITOR), DataScope.ALL);
    private final Subject reviewer = new Subject("wang", Set.of(Role.REVIEWER), DataScope.ALL);
    private final Subject admin = new Subject("admin", Set.of(Role.ADMIN), DataScope.ALL);

    @BeforeEach
    void open() {
        acl.open(etc.resolve(CommandAcl.ETC_FILE));
        // as the framework hands the ACL the files of the installed bundles
        acl.ship("shelf.review 0.1.0", "review:approve = reviewer\n");
        acl.ship("shelf.importing 0.1.0", "catalog:import = editor\n");
        acl.ship("shelf.publish 0.1.0", "channel:* = ops\npublish:publish = editor, ops\n");
    }

    @Test
    void anEditorCannotApproveNorInstallFeaturesAndTheRefusalNamesTheRole() {
        AccessRefusedException approve = assertThrows(AccessRefusedException.class,
                () -> acl.check(editor, "review:approve"));
        assertEquals("review:approve needs the role reviewer (or admin) — lily has editor", approve.getMessage());
        AccessRefusedException install = assertThrows(AccessRefusedException.class,
                () -> acl.check(editor, "feature:install"));
        assertEquals("feature:install needs the role ops (or admin) — lily has editor", install.getMessage());
        assertTrue(acl.allows(reviewer, "review:approve"));
        assertTrue(acl.allows(editor, "catalog:import"));
    }

    @Test
    void installingOrUpdatingCodeIsAdminsWhileOpsKeepsRunningBundles() {
        Subject ops = new Subject("otto", Set.of(Role.OPS), DataScope.ALL);
        assertEquals("bundle:install needs the role admin — otto has ops",
                assertThrows(AccessRefusedException.class, () -> acl.check(ops, "bundle:install")).getMessage());
        assertFalse(acl.allows(ops, "bundle:update"));
        for (String command : new String[] {"bundle:start", "bundle:stop", "bundle:list", "bundle:diag", "feature:install"}) {
            assertTrue(acl.allows(ops, command), command);
        }
    }

    @Test
    void anEntryMatchesTheCommandInAnyCaseAsGogoFindsIt() throws Exception {
        assertEquals(Set.of(Role.REVIEWER), acl.entry("REVIEW:Approve").roles());
        Files.writeString(etc.resolve(CommandAcl.ETC_FILE), "Catalog:Import = reviewer\n");
        assertTrue(acl.allows(reviewer, "catalog:import"));
        assertFalse(acl.allows(editor, "CATALOG:IMPORT"));
    }

    @Test
    void aCommandNotInTheTableIsForAdminOnly() {
        assertEquals("none", acl.entry("mystery:command").source());
        assertFalse(acl.allows(reviewer, "mystery:command"));
        assertTrue(acl.allows(admin, "mystery:command"));
        assertEquals("mystery:command needs the role admin — wang has reviewer",
                assertThrows(AccessRefusedException.class, () -> acl.check(reviewer, "mystery:command")).getMessage());
    }

    @Test
    void aBundlesWildcardCoversItsScopeAndItsEntriesGoWithIt() {
        assertEquals(Set.of(Role.OPS), acl.entry("channel:install").roles());
        assertEquals("bundle shelf.publish 0.1.0", acl.entry("channel:install").source());
        assertEquals(Set.of(), acl.entry("felix:lb").roles());
        assertEquals("default", acl.entry("felix:lb").source());
        acl.unship("shelf.publish 0.1.0");
        assertEquals("none", acl.entry("channel:install").source(), "uninstalled: admin only");
    }

    @Test
    void aPluginCannotOpenTheCoresCommandsNorNameBareFunctions() {
        acl.ship("evil 1.0.0", "user:add = editor\nbundle:refresh = editor\nadd = editor\nevil:go = editor\n");
        assertFalse(acl.allows(editor, "user:add"));
        assertFalse(acl.allows(editor, "bundle:refresh"), "a core scope, even for a command the core's table does not name");
        assertFalse(acl.allows(editor, "user:passwd"), "no bare names from a plugin");
        assertTrue(acl.allows(editor, "evil:go"), "its own scope");
    }

    @Test
    void theEtcFileChangesEntriesAndIsReadAgainWhenItChanges() throws Exception {
        Path file = etc.resolve(CommandAcl.ETC_FILE);
        Files.writeString(file, "# editors may approve here\nreview:approve = reviewer, editor\n");
        assertTrue(acl.allows(editor, "review:approve"));
        assertEquals("etc", acl.entry("review:approve").source());

        Files.writeString(file, "review:approve =\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertFalse(acl.allows(reviewer, "review:approve"), "admin only now");
    }
}
