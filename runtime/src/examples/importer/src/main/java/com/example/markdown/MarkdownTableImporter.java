package com.example.markdown;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import shelf.api.importer.ImportException;
import shelf.api.importer.Importer;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;

/**
 * Reads a Markdown table (a .md file, UTF-8) as one sheet: every line that starts with "|" is a row, the
 * header's separator line (|---|:---:|) is skipped, "\|" is a "|" inside a cell. Row numbers are the file's
 * line numbers, so a message about row 7 sends the merchant to line 7.
 */
@Component(property = Importer.FORMAT + "=markdown")
public class MarkdownTableImporter implements Importer {

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    @Override
    public void read(Path file, ReadOptions options, RowSink sink) throws ImportException {
        List<String> lines = lines(file);
        if (!options.sheet().isEmpty() || !sink.startSheet("")) {
            return; // a Markdown file has one sheet, named ""
        }
        long done = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            done += lines.get(i).length() + 1;
            if (!line.startsWith("|") || line.matches("\\|[\\s:|-]*")) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.size() > options.maxColumns()) {
                throw new ImportException(file, i + 1, 0, "the row has " + cells.size() + " cells, more than "
                        + options.maxColumns() + " — is a '|' inside a cell missing its backslash (\\|)?", null);
            }
            if (!sink.row(i + 1, cells)) {
                return;
            }
            sink.progress(done, done);
        }
    }

    /** The cells between the pipes, trimmed; "\|" is a pipe inside a cell. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String body = line.endsWith("|") && !line.endsWith("\\|") ? line.substring(1, line.length() - 1) : line.substring(1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** The file's lines, or a message naming the first line that is not UTF-8. */
    private static List<String> lines(Path file) throws ImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().lines().toList();
        } catch (CharacterCodingException e) {
            int line = 1 + (int) new String(bytes, StandardCharsets.UTF_8).chars().takeWhile(c -> c != '\uFFFD')
                    .filter(c -> c == '\n').count();
            throw new ImportException(file, line, 0, "is not UTF-8 text — save the file as UTF-8 and import it again", e);
        }
    }
}
