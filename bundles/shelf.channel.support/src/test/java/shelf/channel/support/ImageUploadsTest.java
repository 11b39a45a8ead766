package shelf.channel.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.channel.ChannelException;

/** Images uploaded once per platform and shop, also across restarts, and again when the file changed. */
class ImageUploadsTest {
    @TempDir
    Path home;

    final List<String> sent = new ArrayList<>();

    private String upload(ImageUploads.Image image) {
        sent.add(image.source());
        return "https://img.platform.example/" + sent.size() + "-" + image.fileName();
    }

    private ImageUploads started(String owner) {
        return new ImageUploads("微信小店", home.resolve("data/channels/wechat-images.jsonl"), owner);
    }

    @Test
    void anUploadIsRememberedAcrossARestartForTheSameShopOnly() throws Exception {
        Path photo = Files.write(home.resolve("主图.jpg"), new byte[] {1, 2, 3});
        String remote = "https://cdn.merchant.example/detail.jpg";
        List<String> first = started("sandbox wx-app").urls(List.of(photo.toString(), remote), this::upload);

        List<String> afterRestart = started("sandbox wx-app").urls(List.of(photo.toString(), remote), this::upload);
        assertEquals(first, afterRestart);
        assertEquals(2, sent.size(), "nothing uploaded again after the restart");

        started("https://api.weixin.qq.com wx-app").urls(List.of(photo.toString()), this::upload);
        assertEquals(3, sent.size(), "the sandbox's uploads are not the real platform's");
    }

    @Test
    void aPhotoSwappedForALinkOutOfItsFolderIsNotUploaded(@TempDir Path elsewhere) throws Exception {
        Path secret = Files.write(elsewhere.resolve("id_rsa"), new byte[] {1, 2, 3});
        Path link = Files.createSymbolicLink(Files.createDirectories(home.resolve("desk")).resolve("主图.jpg"), secret);

        ChannelException refused = assertThrows(ChannelException.class,
                () -> started("sandbox wx-app").urls(List.of(link.toString()), this::upload));

        assertEquals(ChannelException.Kind.REFUSED, refused.kind());
        assertEquals("image.outside", refused.platformCode());
        assertEquals("图片" + link + "不上传到微信小店：leads out of its folder through the symbolic link " + link + " (to "
                + secret + ") — media files are read only from the spreadsheet's folder; to allow another folder add it"
                + " to shelf.media.roots in etc/shelf.properties", refused.getMessage());
        assertEquals(List.of(), sent);
    }

    @Test
    void aFileEditedInPlaceIsUploadedAgain() throws Exception {
        Path photo = Files.write(home.resolve("主图.jpg"), new byte[] {1, 2, 3});
        ImageUploads uploads = started("sandbox wx-app");
        String before = uploads.urls(List.of(photo.toString()), this::upload).get(0);

        Files.write(photo, new byte[] {4, 5, 6, 7});
        Files.setLastModifiedTime(photo, FileTime.fromMillis(Files.getLastModifiedTime(photo).toMillis() + 2_000));
        String after = uploads.urls(List.of(photo.toString()), this::upload).get(0);

        assertEquals(2, sent.size());
        assertEquals(List.of(before, after), List.of("https://img.platform.example/1-主图.jpg",
                "https://img.platform.example/2-主图.jpg"));
    }

    @Test
    void aLineCutShortByAKillIsSkippedAndTheRestKept() throws Exception {
        String a = "https://cdn.merchant.example/a.jpg";
        String b = "https://cdn.merchant.example/b.jpg";
        started("sandbox wx-app").urls(List.of(a, b), this::upload);
        Path journal = home.resolve("data/channels/wechat-images.jsonl");
        Files.writeString(journal, "{\"key\":\"https://cdn.merchant.example/c.jpg\",\"u", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        started("sandbox wx-app").urls(List.of(a, b, "https://cdn.merchant.example/c.jpg"), this::upload);

        assertEquals(List.of(a, b, "https://cdn.merchant.example/c.jpg"), sent);
        assertEquals(4, Files.readAllLines(journal).size(), "rewritten at start without the torn line: a header and three");
    }
}
