package shelf.shell.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CrlfOutputStreamTest {

    @Test
    void rawModeLineEndsGetACarriageReturnOnce() throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        CrlfOutputStream out = new CrlfOutputStream(screen);
        out.write("a\nb\r\nc\n".getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        assertEquals("a\r\nb\r\nc\r\n\r\n", screen.toString(StandardCharsets.UTF_8));
    }
}
