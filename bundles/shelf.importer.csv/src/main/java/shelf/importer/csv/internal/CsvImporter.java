package shelf.importer.csv.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Component;

import shelf.api.importer.ImportException;
import shelf.api.importer.Importer;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;

/**
 * Reads CSV, TSV and delimited .txt files with Apache Commons CSV: encoding and delimiter detected,
 * quoted fields may hold delimiters, quotes and newlines. A file is one sheet, named "".
 *
 * <p>Rows are numbered as a spreadsheet program shows the file: one row per record, however many lines
 * a quoted field spans. That is where the operator will look when the message names a row.
 */
@Component
@ShelfImporter("csv")
public final class CsvImporter implements Importer {
    private static final int PROGRESS_EVERY = 1000;

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
    }

    @Override
    public void read(Path file, ReadOptions options, RowSink sink) throws ImportException {
        long size = size(file);
        int row = 0;
        try (ByteCounter counter = new ByteCounter(Files.newInputStream(file));
                BufferedInputStream in = new BufferedInputStream(counter, TextEncoding.SAMPLE)) {
            in.mark(TextEncoding.SAMPLE);
            byte[] sample = in.readNBytes(TextEncoding.SAMPLE);
            in.reset();
            TextEncoding encoding = TextEncoding.of(sample, sample.length);
            in.skipNBytes(encoding.byteOrderMark());
            String text = new String(sample, encoding.byteOrderMark(), sample.length - encoding.byteOrderMark(),
                    encoding.charset());
            char delimiter = DelimiterGuess.of(text, file.toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',');
            if (!sink.startSheet("")) {
                return;
            }
            CharsetDecoder decoder = encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            Reader reader = new InputStreamReader(in, decoder);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .setTrailingData(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                for (CSVRecord record : parser) {
                    row = (int) record.getRecordNumber();
                    if (!deliver(file, row, record, encoding, options, sink)) {
                        return;
                    }
                    if (row % PROGRESS_EVERY == 0) {
                        sink.progress(counter.count(), Math.max(size, counter.count()));
                    }
                }
            }
            sink.progress(counter.count(), Math.max(size, counter.count()));
        } catch (NoSuchFileException e) {
            throw new ImportException(file, "the file does not exist");
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports an unclosed quote while reading the record after the last one delivered
            throw new ImportException(file, row + 1, 0, "a quoted field that starts in this row is never closed"
                    + " — add the missing \" (quotes inside a field are written twice: \"\")", e);
        } catch (IOException e) {
            throw new ImportException(file, "the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static boolean deliver(Path file, int row, CSVRecord record, TextEncoding encoding, ReadOptions options,
            RowSink sink) throws ImportException {
        if (record.size() > options.maxColumns()) {
            throw new ImportException(file, row, 0, "the row has " + record.size() + " fields; at most "
                    + options.maxColumns() + " are read — check the delimiter, or that this is the right file", null);
        }
        String[] cells = record.values();
        int width = cells.length;
        while (width > 0 && cells[width - 1].isEmpty()) {
            width--;
        }
        if (width == 0) {
            return true;
        }
        for (int column = 1; column <= width; column++) {
            String cell = cells[column - 1];
            if (cell.indexOf('\uFFFD') >= 0) {
                sink.cellError(row, column, cell, "the text is not valid " + encoding.name() + " here (shown as \uFFFD)"
                        + " — save the file as UTF-8 and import it again");
            }
        }
        return sink.row(row, Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(cells, width))));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
