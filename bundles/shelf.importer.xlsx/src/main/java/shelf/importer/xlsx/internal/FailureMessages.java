package shelf.importer.xlsx.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;

import shelf.api.importer.ImportException;

/**
 * Turns what POI, the zip layer or the XML scanner threw into a sentence for the operator. POI reports
 * its safety limits and parser refusals through messages on generic exceptions, so the cause chain is
 * searched for them.
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
            if (t instanceof TooLargeException) {
                return new ImportException(file, "refused: " + message + " for the memory this runtime has;"
                        + " split the workbook into smaller files", failure);
            }
            if (lower.contains("strict ooxml")) {
                return new ImportException(file, "the workbook is saved as \"Strict Open XML\", which cannot be read"
                        + " — save it in Excel as an ordinary Excel workbook (.xlsx)", failure);
            }
            if (t instanceof NotOfficeXmlFileException || lower.contains("content type part")
                    || lower.contains("no valid entries")) {
                return notAWorkbook(file, failure);
            }
            if (t instanceof MalformedXmlException) {
                return damaged(file, message, failure);
            }
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return damaged(file, detail, failure);
    }

    static ImportException notAWorkbook(Path file, Throwable failure) {
        return new ImportException(file, "the file is a zip archive but not an Excel workbook (it holds no workbook part)"
                + " — check that this is the right file, or open it in Excel and save it as .xlsx", failure);
    }

    private static ImportException damaged(Path file, String detail, Throwable failure) {
        return new ImportException(file, "the file is damaged or incomplete and cannot be read as an Excel workbook ("
                + shorten(detail) + ") — open it in Excel and save it again, or ask for the file again", failure);
    }

    private static String shorten(String detail) {
        String oneLine = detail.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 160 ? oneLine.substring(0, 157) + "…" : oneLine;
    }
}
