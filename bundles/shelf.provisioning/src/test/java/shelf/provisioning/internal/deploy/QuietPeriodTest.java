package shelf.provisioning.internal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuietPeriodTest {
    private final QuietPeriod quiet = new QuietPeriod(100);

    @Test
    void aFileIsTakenOnlyAfterItStoppedChangingForTheQuietPeriod() {
        quiet.observe("x.jar", 10, 1000, 0);
        quiet.observe("x.jar", 20, 1001, 60);   // still being written
        assertEquals(List.of(), quiet.settled(120));
        quiet.observe("x.jar", 20, 1001, 140);  // unchanged since 60
        assertEquals(List.of("x.jar"), quiet.settled(160));
        assertTrue(quiet.isEmpty());
    }

    @Test
    void aChangeOfTimeAloneRestartsTheWait() {
        quiet.observe("x.jar", 10, 1000, 0);
        quiet.observe("x.jar", 10, 1050, 90);
        assertEquals(List.of(), quiet.settled(150));
        assertEquals(List.of("x.jar"), quiet.settled(190));
    }

    @Test
    void eachFileWaitsOnItsOwn() {
        quiet.observe("a.jar", 1, 1, 0);
        quiet.observe("b.jar", 1, 1, 50);
        assertEquals(List.of("a.jar"), quiet.settled(100));
        quiet.forget("b.jar");
        assertEquals(List.of(), quiet.settled(1000));
    }
}
