package shelf.image.standard.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.mp4parser.Box;
import org.mp4parser.IsoFile;
import org.mp4parser.PropertyBoxParserImpl;
import org.mp4parser.boxes.iso14496.part12.FileTypeBox;
import org.mp4parser.boxes.iso14496.part12.MovieBox;
import org.mp4parser.boxes.iso14496.part12.MovieHeaderBox;
import org.mp4parser.boxes.iso14496.part12.SampleDescriptionBox;
import org.mp4parser.boxes.iso14496.part12.TrackBox;
import org.mp4parser.boxes.iso14496.part12.TrackHeaderBox;

import shelf.api.media.MediaException;
import shelf.api.media.VideoInfo;

/**
 * MP4 and MOV facts from the movie box (moov) with org.mp4parser's isoparser: the media data box (mdat) is
 * skipped, never read, so a 200 MB video is inspected in milliseconds.
 */
final class VideoHeaders {
    private static Properties boxTable;

    private VideoHeaders() {}

    static VideoInfo read(Path file) throws MediaException {
        String name = String.valueOf(file.getFileName());
        long bytes;
        try {
            bytes = Files.size(file);
            if (bytes == 0) {
                throw new MediaException(name + "：文件是空的（0 字节），请重新导出视频");
            }
            FormatSniffer.Sniffed sniffed = FormatSniffer.sniff(file);
            if (!sniffed.format().equals("mp4") && !sniffed.format().equals("mov")) {
                throw new MediaException(name + "：不是 MP4 或 MOV 视频" + (sniffed.format().isEmpty() ? ""
                        : "（是 " + sniffed.format().toUpperCase(java.util.Locale.ROOT) + " 文件）"));
            }
        } catch (NoSuchFileException missing) {
            throw new MediaException(name + "：文件不存在，请检查视频路径");
        } catch (IOException unreadable) {
            throw new MediaException(name + "：无法读取（" + unreadable.getMessage() + "）", unreadable);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                IsoFile iso = new IsoFile(channel, new PropertyBoxParserImpl(boxTable()))) {
            return info(name, iso, bytes);
        } catch (MediaException bad) {
            throw bad;
        } catch (IOException | RuntimeException broken) {
            throw new MediaException(name + "：视频文件头损坏或不完整（" + broken.getMessage() + "）", broken);
        }
    }

    /**
     * isoparser's table of box types, read from its jar through this bundle's class loader: its own default
     * parser asks the system class loader, which inside OSGi does not see the bundle's jars.
     */
    private static synchronized Properties boxTable() throws IOException {
        if (boxTable == null) {
            Properties table = new Properties();
            try (InputStream in = IsoFile.class.getResourceAsStream("/isoparser2-default.properties")) {
                if (in == null) {
                    throw new IOException("isoparser2-default.properties is missing from the bundle");
                }
                table.load(in);
            }
            boxTable = table;
        }
        return boxTable;
    }

    private static VideoInfo info(String name, IsoFile iso, long bytes) throws MediaException {
        MovieBox movie = iso.getMovieBox();
        if (movie == null || movie.getMovieHeaderBox() == null) {
            throw new MediaException(name + "：视频没有 moov 信息（文件不完整或仍在写入）");
        }
        List<FileTypeBox> types = iso.getBoxes(FileTypeBox.class);
        String format = !types.isEmpty() && "qt  ".equals(types.get(0).getMajorBrand()) ? "mov" : "mp4";
        MovieHeaderBox header = movie.getMovieHeaderBox();
        Duration duration = header.getTimescale() > 0
                ? Duration.ofMillis(header.getDuration() * 1000 / header.getTimescale()) : Duration.ZERO;
        for (TrackBox track : movie.getBoxes(TrackBox.class)) {
            if (track.getMediaBox() == null || track.getMediaBox().getHandlerBox() == null
                    || !"vide".equals(track.getMediaBox().getHandlerBox().getHandlerType())) {
                continue;
            }
            TrackHeaderBox trackHeader = track.getTrackHeaderBox();
            String codec = "";
            SampleDescriptionBox description = track.getSampleTableBox() == null ? null
                    : track.getSampleTableBox().getSampleDescriptionBox();
            if (description != null && !description.getBoxes().isEmpty()) {
                Box entry = description.getBoxes().get(0);
                codec = entry.getType();
            }
            return new VideoInfo(format, duration, (int) trackHeader.getWidth(), (int) trackHeader.getHeight(), codec,
                    bytes);
        }
        throw new MediaException(name + "：视频里没有画面轨道（只有声音？）");
    }
}
