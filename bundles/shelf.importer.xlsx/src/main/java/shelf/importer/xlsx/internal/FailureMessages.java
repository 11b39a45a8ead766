package shelf.importer.xlsx.internal;

import java.io.EOFException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipException;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.internal.InvalidZipException;

import shelf.api.importer.ImportException;

/**
 * Turns what POI, the zip layer or the XML scanner threw into a sentence for the operator, in the
 * merchant's terms: what is wrong with the file and what to do, never the library's own words. POI
 * reports its safety limits and parser refusals through messages on generic exceptions, so the cause
 * chain is searched for them.
 */
final class FailureMessages {
    private FailureMessages() {
    }

    static ImportException of(Path file, Throwable failure) {
        if (failure instanceof ImportException importFailure) {
            return importFailure;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            String lower = message.toLowerCase(Locale.ROOT);
            if (t instanceof UnsafeXmlException || lower.contains("doctype") || lower.contains("entity")) {
                return new ImportException(file, "refused: a part of the workbook declares a DOCTYPE or XML entities,"
                        + " which Excel never writes — the file may be an attack (XML entity expansion) or damaged;"
                        + " open it in Excel and save it again", failure);
            }
            if (lower.contains("zip bomb") || lower.contains("max entry size") || lower.contains("maxentrysize")
                    || lower.contains("max file count") || lower.contains("exceeds the max")) {
                return new ImportException(file, "refused: the file expands to far more than its size (a zip bomb),"
                        + " past the safety limits for reading workbooks — if it is a real workbook, open it in Excel"
                        + " and save it again", failure);
            }
            if (t instanceof TooLargeException tooLarge) {
                return new ImportException(file, "refused: " + tooLarge.what() + " is too large for the memory this"
                        + " runtime has; split the workbook into smaller files", failure);
            }
            if (t instanceof InvalidZipException) {
                String twice = ZipEntries.duplicate(file);
                if (twice != null) {
                    return twiceInside(file, twice, failure);
                }
            }
            if (t instanceof NotOfficeXmlFileException || lower.contains("content type part")
                    || lower.contains("no valid entries") || lower.contains("no core document")) {
                return notAWorkbook(file, failure);
            }
            if (t instanceof MalformedXmlException malformed) {
                return damaged(file, "the data of " + where(malformed.part()) + " " + malformed.reason(), failure);
            }
            if (t instanceof EOFException || t instanceof ZipException || lower.contains("truncated")
                    || lower.contains("unexpected end")) {
                return damaged(file, "it ends before its last part, as a file does that was not copied or downloaded"
                        + " whole", failure);
            }
        }
        return damaged(file, "its contents are not laid out as a spreadsheet program saves a workbook", failure);
    }

    static ImportException notAWorkbook(Path file, Throwable failure) {
        return new ImportException(file, "the file is a zip archive but not an Excel workbook (it holds no workbook part)"
                + " — check that this is the right file, or open it in Excel and save it as .xlsx", failure);
    }

    /** A sheet's data is damaged: the sentence names the sheet. */
    static ImportException damagedSheet(Path file, String sheet, MalformedXmlException failure) {
        return damaged(file, "the data of sheet " + sheet + " " + failure.reason(), failure);
    }

    private static ImportException damaged(Path file, String what, Throwable failure) {
        return new ImportException(file, "the file is damaged or incomplete and cannot be read as an Excel workbook: "
                + what + " — open it in Excel and save it again, or ask for the file again", failure);
    }

    private static ImportException twiceInside(Path file, String part, Throwable failure) {
        return new ImportException(file, "the file holds the data of " + where("/" + part) + " twice (two entries named " + part
                + " in the zip), so which one is the workbook cannot be told — a spreadsheet program never saves"
                + " such a file, a zip tool or another program changed it; ask for the workbook again as Excel or WPS"
                + " saved it", failure);
    }

    /** Which part of the workbook a part name is, in the user's words. */
    private static String where(String part) {
        String name = part.toLowerCase(Locale.ROOT);
        if (name.startsWith("/xl/worksheets/")) {
            return "a sheet";
        }
        if (name.startsWith("/xl/sharedstrings.")) {
            return "the workbook's text (its shared strings)";
        }
        if (name.startsWith("/xl/styles.")) {
            return "the cell formats";
        }
        if (name.startsWith("/xl/workbook.")) {
            return "the list of sheets";
        }
        return "a part of the workbook (" + part.substring(1) + ")";
    }
}
