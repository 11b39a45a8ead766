package shelf.importer.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import shelf.api.importer.ImportException;

/**
 * Looks at a file's first bytes before POI opens it, so that a file that is not an .xlsx at all gets a
 * message about what it is (an old .xls, a password-protected workbook, a CSV renamed) rather than
 * a zip error.
 */
final class ContainerCheck {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private ContainerCheck() {
    }

    /** Whether the file starts like a zip package (every .xlsx does). Never throws. */
    static boolean looksLikeZip(Path file) {
        try {
            return startsWith(head(file), ZIP);
        } catch (IOException e) {
            return false;
        }
    }

    /** Returns when the file is a zip package; otherwise says what it is instead. */
    static void requireZip(Path file) throws ImportException {
        byte[] head;
        try {
            head = head(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, "the file does not exist");
        } catch (AccessDeniedException e) {
            throw new ImportException(file, "the file may not be read: its permissions do not let Shelf open it"
                    + " — give the user Shelf runs as the right to read it, or copy it to the imports folder", e);
        } catch (IOException e) {
            throw new ImportException(file, "the file cannot be read from the disk — check that it is a file, not a"
                    + " folder, and that it is not still being copied", e);
        }
        if (startsWith(head, ZIP)) {
            return;
        }
        if (head.length == 0) {
            throw new ImportException(file, "the file is empty — save the workbook again from Excel");
        }
        if (startsWith(head, EMPTY_ZIP)) {
            throw new ImportException(file, "the file is an empty zip archive, not an Excel workbook");
        }
        if (startsWith(head, OLE2)) {
            throw oldOfficeFile(file);
        }
        if (looksLikeText(head)) {
            String first = new String(head, 0, Math.min(head.length, 64), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (first.startsWith("<")) {
                throw new ImportException(file, "the file is HTML or XML text, not an .xlsx workbook (some systems export"
                        + " web pages named .xls or .xlsx) — open it in Excel and save it as an Excel workbook (.xlsx)");
            }
            throw new ImportException(file, "the file is plain text (perhaps CSV) named .xlsx, not an Excel workbook"
                    + " — rename it to .csv to import it as CSV, or open it in Excel and save it as .xlsx");
        }
        throw new ImportException(file, "the file is not an Excel workbook (.xlsx): it is neither a zip package nor text"
                + " — check that this is the right file");
    }

    /** An OLE2 container: a password-protected .xlsx (Excel encrypts into one), an old .xls, or another Office file. */
    private static ImportException oldOfficeFile(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return new ImportException(file, "the workbook is password-protected — open it in Excel, remove the"
                        + " password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, clear it) and save it"
                        + " again without a password");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return new ImportException(file, "the file is an old Excel 97–2003 workbook (.xls), not .xlsx"
                        + " — open it in Excel or WPS and save it as an Excel workbook (.xlsx)");
            }
            return new ImportException(file, "the file is an Office document of another kind (Word, PowerPoint, …),"
                    + " not an Excel workbook — check that this is the right file");
        } catch (IOException | RuntimeException e) {
            return new ImportException(file, "the file is damaged: it starts like an old Office file but cannot be read"
                    + " — open it in Excel and save it again as .xlsx", e);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** No control bytes other than tabs and line breaks: text in an ASCII-compatible encoding. */
    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
