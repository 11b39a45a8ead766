package shelf.image.standard.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Checks a PNG's chunk checksums (CRC-32 over type and data, PNG spec §5.3), which the JDK's reader ignores: a
 * file damaged in transit decodes to wrong pixels without a word. The header's chunk is checked when the file is
 * inspected; every chunk before it is decoded.
 */
final class PngChunks {
    private static final int SIGNATURE = 8;

    private PngChunks() {}

    /** Throws when the IHDR chunk's checksum does not match. */
    static void requireIntactHeader(Path file) throws IOException, ImageFailure {
        check(file, 1);
    }

    /** Throws when any chunk's checksum does not match. */
    static void requireIntact(Path file) throws IOException, ImageFailure {
        check(file, Integer.MAX_VALUE);
    }

    private static void check(Path file, int chunks) throws IOException, ImageFailure {
        byte[] buffer = new byte[64 * 1024];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024))) {
            in.skipNBytes(SIGNATURE);
            for (int i = 0; i < chunks; i++) {
                long length = Integer.toUnsignedLong(in.readInt());
                byte[] type = in.readNBytes(4);
                CRC32 crc = new CRC32();
                crc.update(type);
                for (long left = length; left > 0; ) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        throw new EOFException();
                    }
                    crc.update(buffer, 0, n);
                    left -= n;
                }
                String name = new String(type, StandardCharsets.ISO_8859_1);
                if ((int) crc.getValue() != in.readInt()) {
                    throw new ImageFailure(ImageProblem.UNREADABLE, String.valueOf(file.getFileName()),
                            "PNG 的 " + name + " 数据块校验值不符，文件已损坏");
                }
                if (name.equals("IEND")) {
                    return;
                }
            }
        }
    }
}
