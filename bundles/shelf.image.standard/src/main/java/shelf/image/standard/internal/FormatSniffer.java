package shelf.image.standard.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a file is, from its first bytes: never from its name, since merchants' files are often misnamed
 * (a PNG saved as .jpg, a HEIC photo renamed .jpeg).
 */
final class FormatSniffer {

    /**
     * @param format the format's short name ("jpeg", "heic", "pdf"), or empty when nothing is recognised
     * @param image whether it is an image format at all
     * @param supported whether Shelf reads it
     */
    record Sniffed(String format, boolean image, boolean supported) {}

    /** Netpbm's kinds by the digit after 'P': P1 and P4 bitmaps, P2 and P5 greymaps, P3 and P6 pixmaps, P7 PAM. */
    private static final String[] NETPBM = {"pbm", "pgm", "ppm", "pbm", "pgm", "ppm", "pam"};

    private FormatSniffer() {}

    static Sniffed sniff(Path file) throws IOException {
        byte[] head = new byte[32];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return sniff(head, n);
    }

    static Sniffed sniff(byte[] b, int n) {
        if (starts(b, n, 0xFF, 0xD8, 0xFF)) {
            return supported("jpeg");
        }
        if (starts(b, n, 0x89, 'P', 'N', 'G')) {
            return supported("png");
        }
        if (n >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return supported("webp");
        }
        if (starts(b, n, 'G', 'I', 'F', '8')) {
            return supported("gif");
        }
        if (starts(b, n, 'B', 'M') && n >= 14) {
            return supported("bmp");
        }
        if (starts(b, n, 'I', 'I', 0x2A, 0x00) || starts(b, n, 'M', 'M', 0x00, 0x2A)) {
            return supported("tiff");
        }
        if (n >= 12 && ascii(b, 4, 4).equals("ftyp")) {
            String brand = ascii(b, 8, 4);
            return switch (brand) {
                case "heic", "heix", "hevc", "heim", "heis", "mif1", "msf1" -> new Sniffed("heic", true, false);
                case "avif", "avis" -> new Sniffed("avif", true, false);
                case "qt  " -> new Sniffed("mov", false, false);
                default -> new Sniffed("mp4", false, false);
            };
        }
        if (starts(b, n, '8', 'B', 'P', 'S')) {
            return new Sniffed("psd", true, false);
        }
        if (starts(b, n, 0x00, 0x00, 0x01, 0x00)) {
            return new Sniffed("ico", true, false);
        }
        if (starts(b, n, 0xFF, 0x0A) || (n >= 12 && ascii(b, 4, 4).equals("JXL "))) {
            return new Sniffed("jxl", true, false);
        }
        if (n >= 3 && b[0] == 'P' && b[1] >= '1' && b[1] <= '7' && Character.isWhitespace(b[2])) {
            return new Sniffed(NETPBM[b[1] - '1'], true, false);
        }
        String text = ascii(b, 0, n).stripLeading();
        if (text.startsWith("<svg") || text.startsWith("<?xml")) {
            return new Sniffed("svg", true, false);
        }
        if (text.startsWith("%PDF")) {
            return new Sniffed("pdf", false, false);
        }
        if (starts(b, n, 'P', 'K', 0x03, 0x04)) {
            return new Sniffed("zip", false, false);
        }
        return new Sniffed("", false, false);
    }

    private static Sniffed supported(String format) {
        return new Sniffed(format, true, true);
    }

    private static boolean starts(byte[] b, int n, int... magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b, int from, int length) {
        return new String(b, from, Math.max(0, Math.min(length, b.length - from)), StandardCharsets.ISO_8859_1);
    }
}
