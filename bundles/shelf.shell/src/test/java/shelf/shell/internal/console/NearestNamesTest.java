package shelf.shell.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NearestNamesTest {
    private static final Set<String> KNOWN = Set.of("bundle:list", "bundle:install", "bundle:start", "bundle:stop",
            "feature:list", "feature:install", "deploy:status", "shell:help", "scr:list", "scr:info");

    @Test
    void aSwappedPairOfLettersIsOneTypo() {
        assertEquals(List.of("bundle:list"), NearestNames.of("bundel:list", KNOWN));
    }

    @Test
    void aNameWithoutScopeIsComparedWithTheFunctions() {
        assertEquals(List.of("bundle:list", "feature:list", "scr:list"), NearestNames.of("lst", KNOWN));
        assertEquals(List.of("shell:help"), NearestNames.of("hlep", KNOWN));
    }

    @Test
    void aScopeAloneSuggestsItsCommands() {
        assertEquals(List.of("feature:install", "feature:list"), NearestNames.of("feature", KNOWN));
    }

    @Test
    void somethingFarFromEveryNameGetsNoSuggestion() {
        assertEquals(List.of(), NearestNames.of("xyzzy", KNOWN));
        assertEquals(List.of(), NearestNames.of("publish:all", KNOWN));
    }

    @Test
    void theUnknownCommandMessageNamesTheNearestCommands() {
        assertEquals("unknown command 'bundel:list' — did you mean bundle:list?",
                CommandFailure.unknownCommand("bundel:list", KNOWN));
        assertEquals("unknown command 'instal' — did you mean bundle:install or feature:install?",
                CommandFailure.unknownCommand("instal", KNOWN));
        assertEquals("unknown command 'xyzzy' — type help to list the commands",
                CommandFailure.unknownCommand("xyzzy", KNOWN));
    }

    @Test
    void distanceCountsEdits() {
        assertEquals(0, NearestNames.distance("list", "list"));
        assertEquals(1, NearestNames.distance("lsit", "list"));
        assertEquals(1, NearestNames.distance("lis", "list"));
        assertEquals(3, NearestNames.distance("stop", "start"));
    }
}
