package shelf.image.standard.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

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

/** MP4 and MOV files with a real movie box and a sparse media data box, for the video tests. */
public final class TestMovies {
    private TestMovies() {}

    /** {@code tenths}: the duration in tenths of a second. ftyp, then a media data box of {@code mdatBytes}, then the movie box (as a camera writes it). */
    public static Path write(Path file, String brand, long timescale, long tenths, int width, int height, int mdatBytes)
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
