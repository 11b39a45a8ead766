package shelf.image.standard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.media.ImageOutput;
import shelf.api.media.MediaException;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;
import shelf.image.standard.bench.BenchmarkPhotos;

/** Every kind of bad file a merchant sends: each gives one finding with the sentence the operator reads. */
class BadInputTest {
    private static final StandardImageProcessor PROCESSOR = Fixtures.processor();
    private static final HeaderInspector INSPECTOR = Fixtures.inspector();

    @TempDir
    Path dir;

    @Test
    void zeroBytes() throws Exception {
        Path file = Files.createFile(dir.resolve("空图.jpg"));
        assertOnly(file, "image.empty", "空图.jpg：文件是空的（0 字节），请重新导出或重新下载图片");
    }

    @Test
    void truncatedInTheMiddleOfThePixels() throws Exception {
        byte[] whole = jpeg(1200, 1200);
        Path file = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(whole, whole.length / 3));
        assertOnly(file, "image.truncated", "cut.jpg：文件不完整（图像数据没有读完文件就结束了），请重新导出或重新下载原图");
    }

    @Test
    void truncatedBeforeTheSize() throws Exception {
        Path file = Files.write(dir.resolve("head.jpg"), Arrays.copyOf(jpeg(300, 300), 12));
        assertOnly(file, "image.truncated", "head.jpg：文件不完整（读到图片尺寸之前文件就结束了），请重新导出或重新下载原图");
    }

    @Test
    void decompressionBombIsRefusedFromItsHeaderBeforeDecoding() throws Exception {
        // 40000×40000 is 1.6 gigapixels (4.8 GB decoded); the file itself is a few hundred bytes
        Path file = Files.write(dir.resolve("bomb.png"), png(40_000, 40_000));
        long before = usedHeap();
        assertOnly(file, "image.too-large",
                "bomb.png：图片 40000×40000 有 1600 百万像素，超过上限 150 百万像素，未解码；请先把原图缩小");
        assertTrue(usedHeap() - before < 200L << 20, "nothing was decoded");
    }

    @Test
    void jpegBombIsRefusedToo() throws Exception {
        byte[] small = jpeg(64, 64);
        Path file = Files.write(dir.resolve("bomb.jpg"), withJpegSize(small, 60_000, 60_000));
        assertOnly(file, "image.too-large",
                "bomb.jpg：图片 60000×60000 有 3600 百万像素，超过上限 150 百万像素，未解码；请先把原图缩小");
    }

    @Test
    void unsupportedFormat() throws Exception {
        byte[] heic = new byte[64];
        System.arraycopy(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}, 0, heic, 0, 12);
        Path file = Files.write(dir.resolve("iphone.jpg"), heic);
        assertOnly(file, "image.unsupported", "iphone.jpg：不支持 HEIC 格式，请转换为 JPEG、PNG 或 WebP");
    }

    @Test
    void notAnImage() throws Exception {
        Path text = Files.writeString(dir.resolve("说明.jpg"), "这是商品说明，不是图片", StandardCharsets.UTF_8);
        assertOnly(text, "image.not-image", "说明.jpg：不是图片文件，请提供 JPEG、PNG 或 WebP 图片");
        Path pdf = Files.writeString(dir.resolve("spec.png"), "%PDF-1.7\n...");
        assertOnly(pdf, "image.not-image", "spec.png：不是图片文件（是 PDF 文件），请提供 JPEG、PNG 或 WebP 图片");
    }

    @Test
    void missingFile() {
        assertOnly(dir.resolve("gone.jpg"), "image.missing", "gone.jpg：文件不存在，请检查图片路径");
    }

    @Test
    void corruptPixelData() throws Exception {
        byte[] data = jpeg(400, 400);
        for (int i = data.length / 2; i < data.length / 2 + 400; i++) {
            data[i] = (byte) 0xFF; // markers where entropy-coded data should be
        }
        Path file = Files.write(dir.resolve("broken.jpg"), data);
        ImageOutput output = PROCESSOR.process(file, Fixtures.MAIN);
        assertFalse(output.ok(), "a damaged photo is not passed on as if it were fine");
        String code = output.findings().get(output.findings().size() - 1).code();
        assertTrue(code.equals("image.truncated") || code.equals("image.unreadable"), output.findings().toString());
    }

    @Test
    void inspectorSaysTheSameInItsException() throws Exception {
        Path file = Files.createFile(dir.resolve("zero.png"));
        MediaException e = assertThrows(MediaException.class, () -> INSPECTOR.image(file));
        assertEquals("zero.png：文件是空的（0 字节），请重新导出或重新下载图片", e.getMessage());
    }

    @Test
    void aPngWhoseHeaderChecksumIsWrongIsDamaged() throws Exception {
        byte[] png = photoPng();
        png[8 + 4 + 4 + 13] ^= 0x55; // the first byte of IHDR's CRC (PngSuite's xhdn0g08 has the same fault)
        Path file = Files.write(dir.resolve("坏头.png"), png);
        assertOnly(file, "image.unreadable", "坏头.png：图片无法读取（PNG 的 IHDR 数据块校验值不符，文件已损坏），请重新导出");
        MediaException e = assertThrows(MediaException.class, () -> INSPECTOR.image(file));
        assertEquals("坏头.png：图片无法读取（PNG 的 IHDR 数据块校验值不符，文件已损坏），请重新导出", e.getMessage());
    }

    @Test
    void aPngWhosePixelChecksumIsWrongIsDamaged() throws Exception {
        byte[] png = photoPng();
        int iend = png.length - 12;
        png[iend - 1] ^= 0x55; // the last byte of the last IDAT's CRC, just before IEND (as PngSuite's xcsn0g01)
        Path file = Files.write(dir.resolve("坏块.png"), png);
        assertEquals(1000, INSPECTOR.image(file).width(), "the header is intact");
        assertOnly(file, "image.unreadable", "坏块.png：图片无法读取（PNG 的 IDAT 数据块校验值不符，文件已损坏），请重新导出");
    }

    @Test
    void aTwelveBitJpegIsAFormatWeDoNotTakeNotADamagedFile() throws Exception {
        byte[] jpeg = jpeg(300, 300);
        for (int i = 2; i < jpeg.length - 4; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                jpeg[i + 1] = (byte) 0xC1; // extended sequential, as 12-bit files are written
                jpeg[i + 4] = 12;
                break;
            }
        }
        Path file = Files.write(dir.resolve("x光.jpg"), jpeg);
        assertOnly(file, "image.unsupported", "x光.jpg：是 12 位精度的 JPEG（医疗、科研设备常用），只支持普通的 8 位 JPEG，请另存为普通 JPEG");
    }

    @Test
    void netpbmIsAFormatWeDoNotTakeNotSomethingElse() throws Exception {
        byte[] ppm = new byte[11 + 12];
        System.arraycopy("P6\n2 2\n255\n".getBytes(StandardCharsets.US_ASCII), 0, ppm, 0, 11);
        Path file = Files.write(dir.resolve("扫描.ppm"), ppm);
        assertOnly(file, "image.unsupported", "扫描.ppm：不支持 PPM 格式，请转换为 JPEG、PNG 或 WebP");
    }

    private static byte[] photoPng() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(BenchmarkPhotos.photo(1000, 1000, 5), "png", out);
        return out.toByteArray();
    }

    private static void assertOnly(Path file, String code, String message) {
        ImageOutput output = PROCESSOR.process(file, Fixtures.MAIN);
        assertFalse(output.ok());
        assertEquals(1, output.findings().size(), output.findings().toString());
        Finding finding = output.findings().get(0);
        assertEquals(code, finding.code());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(message, finding.message());
    }

    static byte[] jpeg(int width, int height) throws IOException {
        Path temp = Files.createTempFile("photo", ".jpg");
        try {
            BenchmarkPhotos.write(BenchmarkPhotos.photo(width, height, 3), temp, 0.9f);
            return Files.readAllBytes(temp);
        } finally {
            Files.delete(temp);
        }
    }

    /** A PNG whose header claims a size, with one tiny compressed row: what a decompression bomb looks like. */
    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
        deflater.setInput(new byte[width * 3 + 1]);
        deflater.finish();
        byte[] buffer = new byte[4096];
        int n = deflater.deflate(buffer);
        chunk(out, "IDAT", Arrays.copyOf(buffer, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The same JPEG with its frame header (SOF0) claiming another size. */
    static byte[] withJpegSize(byte[] jpeg, int width, int height) {
        byte[] copy = jpeg.clone();
        for (int i = 2; i < copy.length - 9; i++) {
            if ((copy[i] & 0xFF) == 0xFF && (copy[i + 1] & 0xFF) == 0xC0) {
                copy[i + 5] = (byte) (height >> 8);
                copy[i + 6] = (byte) height;
                copy[i + 7] = (byte) (width >> 8);
                copy[i + 8] = (byte) width;
                return copy;
            }
        }
        throw new IllegalArgumentException("no SOF0");
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
