package shelf.importing.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import shelf.api.shell.Progress;

/** The import's bar moves with the share of the file read, whatever units the importer counts in. */
class ProgressAdvanceTest {
    long advanced;

    final Progress bar = new Progress() {
        @Override
        public void advance(long units) {
            advanced += units;
        }

        @Override
        public void close() {
        }
    };

    @Test
    void anXlsxImportersUnzippedBytesAreShownAsTheShareOfTheFile() {
        // a 17.2 MB workbook whose sheet unzips to 207 MB
        ProgressAdvance advance = new ProgressAdvance(bar, 17_184_190);
        advance.progress(20_739_075, 207_390_751);
        assertEquals(1_718_419, advanced, "a tenth of the sheet read: a tenth of the file");
        advance.progress(207_390_751, 207_390_751);
        assertEquals(17_184_190, advanced);
    }

    @Test
    void withoutAFileSizeTheImportersCountsAreShown() {
        ProgressAdvance advance = new ProgressAdvance(bar, -1);
        advance.progress(500, 1000);
        advance.progress(400, 1000);
        assertEquals(500, advanced, "never backwards");
    }
}
