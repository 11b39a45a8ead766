package shelf.workbooks.internal.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.rules.RulePackLibrary;
import shelf.api.shell.Complete;
import shelf.workbooks.internal.PoiThread;

/** {@code template --out FILE.xlsx}: the blank workbook a merchant fills in, written with POI. */
@Component(service = TemplateCommand.class)
@GogoCommand(scope = "catalog", function = "template")
public class TemplateCommand {
    /** Which columns are 上架必填 is what the installed packs require; without the rule engine, the base pack's list. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile RulePackLibrary packs;

    @Descriptor("write a blank import workbook in the default layout: 28 columns, instructions (说明), header comments, drop-downs")
    public void template(CommandSession session,
            @Descriptor("the workbook to write, e.g. 商品模板.xlsx")
            @Parameter(names = {"--out", "-o"}, absentValue = "") @Complete(Complete.FILE) String out) throws IOException {
        if (out.isBlank()) {
            throw new IllegalArgumentException("name the workbook to write: template --out 商品模板.xlsx");
        }
        Path file = session.currentDir().resolve(out).normalize();
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new IllegalArgumentException(file.getFileName() + " does not end in .xlsx — Excel would not open it: "
                    + "write template --out " + file.getFileName() + ".xlsx");
        }
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " already exists — choose another name or delete it first");
        }
        if (!Files.isDirectory(file.getParent())) {
            throw new IllegalArgumentException("there is no folder " + file.getParent() + " — create it first");
        }
        RulePackLibrary library = packs;
        Set<String> required = library == null ? TemplateColumns.BASE_PACK_REQUIRED : library.requiredFields();
        List<TemplateColumn> columns = TemplateColumns.marked(required);
        List<PackRequirement> more = library == null ? List.of() : PackRequirement.of(library, columns, required);
        writeWithPoiClassLoader(file, columns, more);
        System.out.println("Wrote " + file + ": sheet " + TemplateWorkbook.PRODUCT_SHEET + " with the "
                + columns.size() + " columns of the default layout, sheet " + TemplateWorkbook.INSTRUCTIONS_SHEET
                + " explaining each" + (library == null ? " (required columns as the base pack ships them: no rule engine is running)"
                : ""));
    }

    private static void writeWithPoiClassLoader(Path file, List<TemplateColumn> columns, List<PackRequirement> more)
            throws IOException {
        try (PoiThread poi = PoiThread.enter()) {
            TemplateWorkbook.write(file, columns, more);
        }
    }
}
