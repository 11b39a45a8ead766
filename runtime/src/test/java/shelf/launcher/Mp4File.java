package shelf.launcher;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small but well-formed MP4 (ISO/IEC 14496-12 boxes: ftyp, moov with mvhd and one avc1 video track, no
 * samples) of a given duration and size — what a video check reads from a header, without shipping a binary.
 */
final class Mp4File {
    private static final int TIMESCALE = 1000;
    private static final int[] IDENTITY = {0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000};

    private Mp4File() {
    }

    static Path write(Path file, int seconds, int width, int height) throws IOException {
        int duration = seconds * TIMESCALE;
        byte[] ftyp = box("ftyp", out -> {
            out.writeBytes("isom");
            out.writeInt(0x200);
            out.writeBytes("isomiso2avc1mp41");
        });
        byte[] mvhd = fullBox("mvhd", 0, out -> {
            out.writeInt(0);
            out.writeInt(0);
            out.writeInt(TIMESCALE);
            out.writeInt(duration);
            out.writeInt(0x00010000);
            out.writeShort(0x0100);
            out.write(new byte[10]);
            matrix(out);
            out.write(new byte[24]);
            out.writeInt(2);
        });
        byte[] tkhd = fullBox("tkhd", 3, out -> {
            out.writeInt(0);
            out.writeInt(0);
            out.writeInt(1);
            out.writeInt(0);
            out.writeInt(duration);
            out.write(new byte[8]);
            out.writeShort(0);
            out.writeShort(0);
            out.writeShort(0);
            out.writeShort(0);
            matrix(out);
            out.writeInt(width << 16);
            out.writeInt(height << 16);
        });
        byte[] mdhd = fullBox("mdhd", 0, out -> {
            out.writeInt(0);
            out.writeInt(0);
            out.writeInt(TIMESCALE);
            out.writeInt(duration);
            out.writeShort(0x55c4); // "und"
            out.writeShort(0);
        });
        byte[] hdlr = fullBox("hdlr", 0, out -> {
            out.writeInt(0);
            out.writeBytes("vide");
            out.write(new byte[12]);
            out.write("VideoHandler\0".getBytes(StandardCharsets.US_ASCII));
        });
        byte[] vmhd = fullBox("vmhd", 1, out -> out.write(new byte[8]));
        byte[] dinf = box("dinf", out -> out.write(fullBox("dref", 0, dref -> {
            dref.writeInt(1);
            dref.write(fullBox("url ", 1, url -> { }));
        })));
        byte[] avc1 = box("avc1", out -> {
            out.write(new byte[6]);
            out.writeShort(1);
            out.write(new byte[16]);
            out.writeShort(width);
            out.writeShort(height);
            out.writeInt(0x00480000);
            out.writeInt(0x00480000);
            out.writeInt(0);
            out.writeShort(1);
            out.write(new byte[32]);
            out.writeShort(0x0018);
            out.writeShort(-1);
        });
        byte[] stbl = box("stbl", out -> {
            out.write(fullBox("stsd", 0, stsd -> {
                stsd.writeInt(1);
                stsd.write(avc1);
            }));
            out.write(fullBox("stts", 0, s -> s.writeInt(0)));
            out.write(fullBox("stsc", 0, s -> s.writeInt(0)));
            out.write(fullBox("stsz", 0, s -> {
                s.writeInt(0);
                s.writeInt(0);
            }));
            out.write(fullBox("stco", 0, s -> s.writeInt(0)));
        });
        byte[] minf = box("minf", out -> {
            out.write(vmhd);
            out.write(dinf);
            out.write(stbl);
        });
        byte[] mdia = box("mdia", out -> {
            out.write(mdhd);
            out.write(hdlr);
            out.write(minf);
        });
        byte[] trak = box("trak", out -> {
            out.write(tkhd);
            out.write(mdia);
        });
        byte[] moov = box("moov", out -> {
            out.write(mvhd);
            out.write(trak);
        });
        ByteArrayOutputStream file1 = new ByteArrayOutputStream();
        file1.write(ftyp);
        file1.write(moov);
        return Files.write(file, file1.toByteArray());
    }

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private static void matrix(DataOutputStream out) throws IOException {
        for (int value : IDENTITY) {
            out.writeInt(value);
        }
    }

    private static byte[] fullBox(String type, int flags, Body body) throws IOException {
        return box(type, out -> {
            out.writeInt(flags); // version 0
            body.write(out);
        });
    }

    private static byte[] box(String type, Body body) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        body.write(new DataOutputStream(content));
        ByteArrayOutputStream box = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(box);
        out.writeInt(8 + content.size());
        out.writeBytes(type);
        content.writeTo(out);
        return box.toByteArray();
    }
}
