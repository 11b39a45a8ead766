package shelf.workbooks.internal.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.finding.Severity;
import shelf.api.rules.PackDescription;
import shelf.api.rules.PackDescription.RuleDescription;
import shelf.api.rules.PackDryRun;
import shelf.api.rules.PackVersion;
import shelf.api.rules.RulePackLibrary;
import shelf.api.security.Subject;

/**
 * One source of truth for what a merchant must fill: the template's 说明 sheet marks 上架必填 exactly the columns
 * the rule packs block a product without, and names what single categories' packs ask besides.
 */
class TemplateRequirementsTest {
    @TempDir
    Path dir;

    @Test
    void withoutARuleEngineTheTemplateMarksWhatTheShippedBasePackRequires() throws IOException {
        Path file = dir.resolve("模板.xlsx");
        TemplateWorkbook.write(file);
        Map<String, String> need = needs(file);
        for (String column : List.of("品牌", "型号", "产地", "细节图", "促销价", "重量(kg)", "商品描述", "运费模板")) {
            assertEquals("上架必填", need.get(column), column + ": the base pack blocks a product without it");
        }
        assertEquals("必填", need.get("商品编码"));
        for (String column : List.of("副标题", "规格1名称", "规格1值", "规格2名称", "规格2值", "市场价", "视频", "标签")) {
            assertEquals("选填", need.get(column), column);
        }
        assertEquals(basePackRequiredFields(), TemplateColumns.BASE_PACK_REQUIRED,
                "the fallback list is the shipped base.rules.json's required rules");
    }

    @Test
    void withARuleEngineTheInstalledPacksDecideAndACategorysNeedsAreListed() throws IOException {
        PackDescription base = new PackDescription(new PackVersion("base", "2.0.0", "deploy base.rules.json", 2, true),
                List.of("**"), List.of(), List.of(required("title", "必须填写商品标题"), required("skus.weightKg", "必须填写重量")));
        PackDescription apparel = new PackDescription(new PackVersion("apparel", "1.1.0", "bundle shelf.rules.apparel", 2, true),
                List.of("服饰鞋包/**"), List.of(), List.of(required("skus.specs.颜色", "服饰类目每个SKU必须填写颜色规格"),
                        required("skus.specs.尺码", "服饰类目每个SKU必须填写尺码规格（箱包除外）")));
        RulePackLibrary library = new Library(Set.of("title", "skus.weightKg"), List.of(base, apparel));

        List<TemplateColumn> columns = TemplateColumns.marked(library.requiredFields());
        Path file = dir.resolve("模板.xlsx");
        TemplateWorkbook.write(file, columns, PackRequirement.of(library, columns, library.requiredFields()));

        Map<String, String> need = needs(file);
        Set<String> forListing = new TreeSet<>();
        need.forEach((column, n) -> {
            if (n.equals("上架必填")) {
                forListing.add(column);
            }
        });
        assertEquals(Set.of("商品标题", "重量(kg)"), forListing);
        assertEquals("选填", need.get("品牌"), "no installed pack asks for a brand");
        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheet("说明");
            List<String> more = new java.util.ArrayList<>();
            sheet.forEach(row -> {
                if (row.getCell(3) != null && row.getCell(3).getStringCellValue().startsWith("类目 ")) {
                    more.add(row.getCell(1).getStringCellValue() + " | " + row.getCell(2).getStringCellValue() + " | "
                            + row.getCell(3).getStringCellValue() + " | " + row.getCell(5).getStringCellValue());
                }
            });
            assertEquals(List.of("规格：颜色 | 上架必填 | 类目 服饰鞋包/** | 服饰类目每个SKU必须填写颜色规格",
                    "规格：尺码 | 上架必填 | 类目 服饰鞋包/** | 服饰类目每个SKU必须填写尺码规格（箱包除外）"), more);
            String comment = workbook.getSheet("商品").getRow(0).getCell(4).getCellComment().getString().getString();
            assertEquals("品牌（选填）", comment.lines().findFirst().orElseThrow(), "the header's note agrees with the sheet");
        }
    }

    private static RuleDescription required(String field, String message) {
        return new RuleDescription("r-" + field, "field.required", "required", field, Severity.ERROR, message);
    }

    /** 说明 sheet: column header → 是否必填, from the column table. */
    static Map<String, String> needs(Path file) throws IOException {
        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheet("说明");
            Map<String, String> need = new LinkedHashMap<>();
            for (int r = TemplateWorkbookTest.headingRow(sheet) + 1; sheet.getRow(r) != null; r++) {
                need.put(sheet.getRow(r).getCell(1).getStringCellValue(), sheet.getRow(r).getCell(2).getStringCellValue());
            }
            return need;
        }
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The fields of base.rules.json's "required" rules of severity error, read from the pack's source. */
    private static Set<String> basePackRequiredFields() throws IOException {
        String json = Files.readString(Path.of("..", "shelf.rules.base", "src", "main", "resources", "rules", "base.rules.json"),
                StandardCharsets.UTF_8);
        Matcher rule = Pattern.compile("\"field\":\\s*\"([^\"]+)\",\\s*\"check\":\\s*\"required\",\\s*\"severity\":\\s*\"error\"")
                .matcher(json);
        Set<String> fields = new TreeSet<>();
        while (rule.find()) {
            fields.add(rule.group(1));
        }
        return fields;
    }

    private record Library(Set<String> requiredFields, List<PackDescription> packs) implements RulePackLibrary {
        @Override
        public List<PackVersion> versions() {
            return packs.stream().map(PackDescription::version).toList();
        }

        @Override
        public Optional<PackDescription> describe(String id) {
            return packs.stream().filter(p -> p.version().id().equals(id)).findFirst();
        }

        @Override
        public PackVersion rollback(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PackDryRun test(Subject subject, Path packFile, long batchId, String channel) {
            throw new UnsupportedOperationException();
        }
    }
}
