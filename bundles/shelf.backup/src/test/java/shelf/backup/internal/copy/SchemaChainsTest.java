package shelf.backup.internal.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SchemaChainsTest {
    private static final String FILE = "/srv/shelf/data/catalog.mv.db";

    @Test
    void theSameChainsOrMoreOnPostgresMatch() {
        assertEquals(Optional.empty(), SchemaChains.difference(Map.of("catalog", 8, "publish", 5),
                Map.of("catalog", 8, "publish", 5, "schedule", 1), FILE));
    }

    @Test
    void anOlderH2FileIsToBeBroughtUpToDateFirst() {
        assertEquals("The H2 catalogue " + FILE + " has the publish tables at version 3, this Shelf at version 5: "
                + "start this Shelf once on the H2 file (move etc/database.properties aside, shelf start, shelf stop, put "
                + "it back) so it brings them up to date, then copy again; nothing was copied",
                SchemaChains.difference(Map.of("catalog", 8, "publish", 3), Map.of("catalog", 8, "publish", 5), FILE).orElseThrow());
    }

    @Test
    void aNewerH2FileAsksForAnUpgrade() {
        assertEquals("The H2 catalogue " + FILE + " has the catalog tables at version 9, this Shelf at version 8: it was "
                + "written by a newer Shelf — upgrade this one to that version, then copy again; nothing was copied",
                SchemaChains.difference(Map.of("catalog", 9), Map.of("catalog", 8), FILE).orElseThrow());
    }

    @Test
    void tablesThisShelfDoesNotKeepWouldBeLost() {
        assertEquals("The H2 catalogue " + FILE + " has the schedule tables (version 1), which this Shelf does not keep: "
                + "install the feature that brings them (feature:list), start Shelf again and copy again; nothing was copied",
                SchemaChains.difference(Map.of("schedule", 1), Map.of(), FILE).orElseThrow());
    }
}
