package shelf.shell.internal.help;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.junit.jupiter.api.Test;

import shelf.api.shell.Complete;
import shelf.shell.internal.console.CommandSignature;

class HelpFormatterTest {

    /** A command as the lead writes them: Gogo annotations, a session first, a file to complete. */
    public static class ImportCommand {
        @Descriptor("imports a spreadsheet of products into the catalog")
        public void importing(CommandSession session,
                @Parameter(names = {"--profile", "-p"}, absentValue = "") @Descriptor("the column mapping to use") String profile,
                @Parameter(names = {"--dry-run", "-n"}, presentValue = "true", absentValue = "false") @Descriptor("checks without storing") boolean dryRun,
                @Descriptor("the spreadsheet, e.g. 商品表.xlsx") @Complete("file") String file) {
        }

        public void importing(@Complete("file") String[] files) {
        }
    }

    private static List<CommandSignature> signatures() {
        return Arrays.stream(ImportCommand.class.getMethods()).filter(m -> m.getName().equals("importing"))
                .sorted(Comparator.comparingInt(Method::getParameterCount)).map(CommandSignature::of).toList();
    }

    @Test
    void theOverviewListsEveryCommandAlignedAndSorted() {
        TreeMap<String, String> descriptions = new TreeMap<>();
        descriptions.put("shell:help", "lists every command with a one-line description");
        descriptions.put("catalog:import", "导入商品表");
        descriptions.put("scr:list", "");
        assertEquals("""
                COMMAND         DESCRIPTION
                catalog:import  导入商品表
                scr:list
                shell:help      lists every command with a one-line description

                help COMMAND shows the options and arguments of a command.
                """, HelpFormatter.overview(descriptions));
    }

    @Test
    void theUsageShowsEachFormOptionsAndArguments() {
        assertEquals("""
                catalog:import — imports a spreadsheet of products into the catalog

                Usage:
                  catalog:import FILES...
                  catalog:import [--profile VALUE] [--dry-run] FILE

                OPTION               DESCRIPTION
                --profile, -p VALUE  the column mapping to use
                --dry-run, -n        checks without storing

                ARGUMENT  DESCRIPTION
                FILES
                FILE      the spreadsheet, e.g. 商品表.xlsx
                """, HelpFormatter.usage("catalog:import", signatures()));
    }

    @Test
    void completionFindsTheArgumentAfterOptions() {
        CommandSignature full = signatures().get(1);
        assertEquals("FILE", full.argumentAfter(List.of()).name());
        assertEquals("FILE", full.argumentAfter(List.of("--profile", "weidian", "-n")).name());
        assertEquals(null, full.argumentAfter(List.of("a.xlsx")), "only one file in this form");
        assertEquals("--profile", full.optionAwaitingValue(List.of("-n", "--profile")).names().get(0));
        assertEquals(null, full.optionAwaitingValue(List.of("--profile", "weidian")));
        CommandSignature many = signatures().get(0);
        assertEquals("file", many.argumentAfter(List.of("a.xlsx", "b.xlsx")).complete());
    }
}
