package shelf.backup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SettingsFilterTest {

    @Test
    void secretValuesAreBlankedAndNamedEverythingElseKept() {
        List<String> blanked = new ArrayList<>();
        String text = String.join("\n", "# Taobao", "appKey=12345678", "appSecret = s3cr3t", "endpoint=https://eco.taobao.com/router/rest",
                "accessToken: abc", "password=", "db.password=pg-pass", "");
        String kept = SettingsFilter.withoutSecrets(text, blanked);
        assertEquals(List.of("appSecret", "accessToken", "db.password"), blanked);
        assertTrue(kept.contains("appKey=12345678"), kept);
        assertTrue(kept.contains("endpoint=https://eco.taobao.com/router/rest"), kept);
        assertFalse(kept.contains("s3cr3t") || kept.contains("abc") || kept.contains("pg-pass"), kept);
        assertTrue(kept.contains("# appSecret: left out of the backup — set it again after a restore\nappSecret="), kept);
        assertTrue(kept.contains("\npassword=\n"), "an empty secret stays as it was: " + kept);
    }

    @Test
    void keysAndKeystoresStayOutTheAuditKeyGoesIn() {
        assertTrue(SettingsFilter.taken(Path.of("audit.key")));
        assertTrue(SettingsFilter.taken(Path.of("channels/taobao.properties")));
        assertTrue(SettingsFilter.taken(Path.of("profiles/douyin.json")));
        assertFalse(SettingsFilter.taken(Path.of("ssh_host_ed25519")));
        assertFalse(SettingsFilter.taken(Path.of("web/keystore.p12")));
        assertFalse(SettingsFilter.taken(Path.of("tls.pem")));
    }
}
