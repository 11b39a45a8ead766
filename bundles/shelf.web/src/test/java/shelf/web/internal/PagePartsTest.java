package shelf.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

class PagePartsTest {
    @TempDir
    Path home;

    @Test
    void textFromMerchantsIsEscapedEverywhereItIsShown() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;", Html.esc("<script>alert('x')</script> & \""));
    }

    @Test
    void aFindingsFieldPathNamesTheFieldItIsShownBeside() {
        assertEquals("skus", ReviewPages.group("skus.salePrice"));
        assertEquals("mainImages", ReviewPages.group("mainImages[1]"));
        assertEquals("title", ReviewPages.group("title"));
    }

    @Test
    void anUploadKeepsTheFilesOwnNameOnly() {
        assertEquals("春季.xlsx", BatchPages.fileName("C:\\Users\\lily\\春季.xlsx"));
        assertEquals("a.csv", BatchPages.fileName("../../a.csv"));
        assertEquals("", BatchPages.fileName(".."));
    }

    @Test
    void theImageStagesFindingsOfOneProductAreReadFromItsBatchManifest() throws Exception {
        Files.createDirectories(home.resolve("media/batches"));
        Files.writeString(home.resolve("media/batches/3.json"), """
                {"batch": 3, "images": [
                 {"merchant": "acme", "spuCode": "A-1", "field": "mainImages[1]", "profile": "main",
                  "findings": [{"code": "image.blurry", "severity": "warning", "message": "图片模糊"}]},
                 {"merchant": "acme", "spuCode": "A-2", "field": "mainImages[0]", "profile": "main",
                  "findings": [{"code": "image.empty", "severity": "error", "message": "空"}]}]}
                """);
        List<Finding> found = ImageFindings.of(home, 3, "acme", "A-1");
        assertEquals(1, found.size());
        assertEquals("image.blurry", found.get(0).code());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("mainImages[1]", found.get(0).field());
        assertTrue(ImageFindings.of(home, 4, "acme", "A-1").isEmpty(), "a batch never processed");
    }
}
