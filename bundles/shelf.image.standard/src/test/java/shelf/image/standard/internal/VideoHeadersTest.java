package shelf.image.standard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mp4parser.boxes.iso14496.part12.FileTypeBox;
import org.mp4parser.boxes.iso14496.part12.HandlerBox;
import org.mp4parser.boxes.iso14496.part12.MediaBox;
import org.mp4parser.boxes.iso14496.part12.MediaHeaderBox;
import org.mp4parser.boxes.iso14496.part12.MediaInformationBox;
import org.mp4parser.boxes.iso14496.part12.MovieBox;
import org.mp4parser.boxes.iso14496.part12.MovieHeaderBox;
import org.mp4parser.boxes.iso14496.part12.SampleDescriptionBox;
import org.mp4parser.boxes.iso14496.part12.SampleTableBox;
import org.mp4parser.boxes.iso14496.part12.TrackBox;
import org.mp4parser.boxes.iso14496.part12.TrackHeaderBox;
import org.mp4parser.boxes.sampleentry.VisualSampleEntry;

import shelf.api.media.MediaException;
import shelf.api.media.VideoInfo;

/** Video facts from the movie box of MP4 and MOV files, with the media data (mdat) before it, never read. */
class VideoHeadersTest {
    private static final HeaderInspector INSPECTOR = Fixtures.inspector();

    @TempDir
    Path dir;

    @Test
    void anMp4WithItsMediaDataFirst() throws Exception {
        Path file = movie("main.mp4", "isom", 30_000, 600, 1080, 1920, 64 << 20);
        VideoInfo info = INSPECTOR.video(file);
        assertEquals(new VideoInfo("mp4", Duration.ofSeconds(60), 1080, 1920, "avc1", Files.size(file)), info);
    }

    @Test
    void aQuickTimeMovie() throws Exception {
        Path file = movie("phone.mov", "qt  ", 600, 12, 1920, 1080, 1000);
        assertEquals("mov", INSPECTOR.video(file).format());
        assertEquals(Duration.ofMillis(1200), INSPECTOR.video(file).duration());
    }

    @Test
    void badVideos() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.mp4"));
        assertEquals("empty.mp4：文件是空的（0 字节），请重新导出视频",
                assertThrows(MediaException.class, () -> INSPECTOR.video(empty)).getMessage());
        Path jpeg = Files.write(dir.resolve("cover.mp4"), BadInputTest.jpeg(100, 100));
        assertEquals("cover.mp4：不是 MP4 或 MOV 视频（是 JPEG 文件）",
                assertThrows(MediaException.class, () -> INSPECTOR.video(jpeg)).getMessage());
        Path cut = movie("cut.mp4", "isom", 1000, 1000, 640, 480, 4096);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(cut), 4096 + 40);
        Files.write(cut, head);
        String message = assertThrows(MediaException.class, () -> INSPECTOR.video(cut)).getMessage();
        assertEquals(true, message.startsWith("cut.mp4：视频"), message);
    }

    /** {@code tenths}: the duration in tenths of a second. ftyp, then a media data box of {@code mdatBytes}, then the movie box (as a camera writes it). */
    private Path movie(String name, String brand, long timescale, long tenths, int width, int height, int mdatBytes)
            throws IOException {
        FileTypeBox ftyp = new FileTypeBox(brand, 0, List.of(brand, "mp42"));
        MovieBox moov = new MovieBox();
        MovieHeaderBox mvhd = new MovieHeaderBox();
        java.util.Date epoch = new java.util.Date(0);
        mvhd.setCreationTime(epoch);
        mvhd.setModificationTime(epoch);
        mvhd.setTimescale(timescale);
        mvhd.setDuration(tenths * timescale / 10);
        moov.addBox(mvhd);
        TrackBox trak = new TrackBox();
        TrackHeaderBox tkhd = new TrackHeaderBox();
        tkhd.setCreationTime(epoch);
        tkhd.setModificationTime(epoch);
        tkhd.setWidth(width);
        tkhd.setHeight(height);
        trak.addBox(tkhd);
        MediaBox mdia = new MediaBox();
        MediaHeaderBox mdhd = new MediaHeaderBox();
        mdhd.setCreationTime(epoch);
        mdhd.setModificationTime(epoch);
        mdia.addBox(mdhd);
        HandlerBox hdlr = new HandlerBox();
        hdlr.setHandlerType("vide");
        mdia.addBox(hdlr);
        MediaInformationBox minf = new MediaInformationBox();
        SampleTableBox stbl = new SampleTableBox();
        SampleDescriptionBox stsd = new SampleDescriptionBox();
        VisualSampleEntry avc1 = new VisualSampleEntry("avc1");
        avc1.setWidth(width);
        avc1.setHeight(height);
        stsd.addBox(avc1);
        stbl.addBox(stsd);
        minf.addBox(stbl);
        mdia.addBox(minf);
        trak.addBox(mdia);
        moov.addBox(trak);
        Path file = dir.resolve(name);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ftyp.getBox(out);
            ByteBuffer header = ByteBuffer.allocate(8).putInt(8 + mdatBytes).put("mdat".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(header.flip());
            out.position(out.position() + mdatBytes); // sparse: the frames are never read
            moov.getBox(out);
        }
        return file;
    }
}
