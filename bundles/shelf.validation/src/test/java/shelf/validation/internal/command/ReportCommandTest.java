package shelf.validation.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import shelf.api.importer.FindingReport.Written;

class ReportCommandTest {
    @Test
    void saysWhatWasWritten() {
        assertEquals("wrote /w/问题报告.xlsx: 9 findings in 7 cells",
                ReportCommand.summary(new Written(Path.of("/w/问题报告.xlsx"), "", 9, 7, 0, 0)));
        assertEquals("wrote /w/r.xlsx: 1 finding in 1 cell; 2 findings not found in the file, listed in the summary sheet only",
                ReportCommand.summary(new Written(Path.of("/w/r.xlsx"), "", 1, 1, 0, 2)));
        assertEquals("wrote /w/r.xlsx: 30000 findings in 25000 cells (5000 highlighted without a note — too many; see the summary sheet)",
                ReportCommand.summary(new Written(Path.of("/w/r.xlsx"), "", 30000, 25000, 5000, 0)));
    }
}
