package shelf.importer.xlsx.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import shelf.api.importer.ImportException;

/** Which of a workbook's sheets a read takes: the one asked for (exactly, else ignoring case and spaces around), or all. */
final class SheetChoice {
    private SheetChoice() {
    }

    static <S> List<S> chosen(Path file, List<S> sheets, Function<S, String> name, String wanted) throws ImportException {
        if (wanted.isEmpty()) {
            return sheets;
        }
        for (S sheet : sheets) {
            if (name.apply(sheet).equals(wanted)) {
                return List.of(sheet);
            }
        }
        String loose = wanted.trim().toLowerCase(Locale.ROOT);
        for (S sheet : sheets) {
            if (name.apply(sheet).trim().toLowerCase(Locale.ROOT).equals(loose)) {
                return List.of(sheet);
            }
        }
        List<String> names = sheets.stream().map(name).toList();
        throw new ImportException(file, "the workbook has no sheet named '" + wanted + "' — its sheets are: "
                + String.join(", ", names));
    }
}
