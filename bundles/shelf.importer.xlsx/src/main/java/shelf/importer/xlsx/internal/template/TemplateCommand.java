package shelf.importer.xlsx.internal.template;

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

/** {@code template --out FILE.xlsx}: here rather than in the shell because POI's writing API lives in this bundle. */
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
        writeWithOwnClassLoader(file, columns, more);
        System.out.println("Wrote " + file + ": sheet " + TemplateWorkbook.PRODUCT_SHEET + " with the "
                + columns.size() + " columns of the default layout, sheet " + TemplateWorkbook.INSTRUCTIONS_SHEET
                + " explaining each" + (library == null ? " (required columns as the base pack ships them: no rule engine is running)"
                : ""));
    }

    /**
     * XmlBeans, under POI, finds its schema types through the thread's context class loader; a shell thread's
     * is not this bundle's, where POI and its schemas are embedded.
     */
    private static void writeWithOwnClassLoader(Path file, List<TemplateColumn> columns, List<PackRequirement> more)
            throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(TemplateWorkbook.class.getClassLoader());
        try {
            TemplateWorkbook.write(file, columns, more);
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
