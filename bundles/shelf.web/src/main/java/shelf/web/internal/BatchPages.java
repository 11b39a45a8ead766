package shelf.web.internal;

import static shelf.web.internal.Html.esc;
import static shelf.web.internal.Html.label;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.server.Request;

import shelf.api.catalog.RowError;
import shelf.api.catalog.StoredBatch;
import shelf.api.finding.Finding;
import shelf.api.importer.FindingReport;
import shelf.api.importer.ImportException;
import shelf.api.importer.ImportProgress;
import shelf.api.importer.ImportReport;
import shelf.api.importer.ImportRequest;
import shelf.api.importer.ImportService;
import shelf.api.rules.BatchValidation;
import shelf.api.rules.FindingFilter;
import shelf.api.rules.FindingStore;
import shelf.api.security.Subject;

/**
 * Batches: the list, an upload that goes through the import service as `import` does (then `validate`, for
 * a user who may), a batch's row errors and findings by code, and the merchant's report workbook. An
 * uploaded file is kept in SHELF_HOME/data/uploads/batch-N/ so the report can write the merchant's own rows.
 */
final class BatchPages {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final long MAX_UPLOAD = 200L << 20;

    private final WebWorkbench web;
    private final SecureRandom random = new SecureRandom();

    BatchPages(WebWorkbench web) {
        this.web = web;
    }

    void list(Exchange x) throws Exception {
        Subject me = x.session.subject;
        StringBuilder b = new StringBuilder("<h1>").append(label("批次", "Batches")).append("</h1>");
        if (web.importer != null && web.access.allows(me, "catalog:import")) {
            b.append("<form id=upload class=upload method=post enctype=multipart/form-data action='/batches/upload?csrf=")
                    .append(esc(x.session.csrf)).append("' hx-post='/batches/upload' hx-encoding=multipart/form-data")
                    .append(" hx-target='#upload-result'><h2>").append(label("上传表格", "Upload a spreadsheet")).append("</h2>")
                    .append("<div id=drop class=drop>").append(label("把 .xlsx / .csv 文件拖到这里，或选择文件", "drop an .xlsx / .csv file here, or choose one"))
                    .append("<input type=file name=file id=file accept='.xlsx,.xls,.csv' required></div>")
                    .append("<label>").append(label("商家", "Merchant")).append("<input name=merchant id=merchant></label>")
                    .append("<button id=upload-button>").append(label("导入", "Import")).append("</button>")
                    .append("<progress id=upload-progress value=0 max=100></progress></form><div id=upload-result></div>");
        }
        b.append("<table class=list id=batches><tr><th>").append(label("批次", "Batch")).append("<th>").append(label("商家", "Merchant"))
                .append("<th>").append(label("文件", "File")).append("<th>").append(label("行", "Rows")).append("<th>")
                .append(label("商品", "Products")).append("<th>").append(label("错误行", "Row errors")).append("<th>")
                .append(label("导入时间", "Imported")).append("<th>").append(label("导入人", "By")).append("</tr>");
        for (StoredBatch batch : web.catalog.batches(me)) {
            b.append("<tr><td><a href='/batches/show?id=").append(batch.id()).append("'>").append(batch.id()).append("</a><td>")
                    .append(esc(batch.merchant())).append("<td>").append(esc(batch.file())).append("<td>").append(batch.rows())
                    .append("<td>").append(batch.products()).append("<td>").append(batch.errors()).append("<td>")
                    .append(TIME.format(batch.importedAt())).append("<td>").append(esc(batch.importedBy())).append("</tr>");
        }
        b.append("</table>");
        x.html(200, Html.page(x.session, "批次 Batches", b.toString()));
    }

    void upload(Exchange x) throws Exception {
        Subject me = x.session.subject;
        ImportService importer = web.importer;
        if (!x.post() || importer == null) {
            throw new Router.NotFound("导入不可用 Importing is not installed (feature:install catalog importers)");
        }
        web.access.check(me, "catalog:import"); // before reading a byte of the file
        String contentType = x.request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        Path uploads = Files.createDirectories(web.home.resolve("data").resolve("uploads"));
        Path folder = Files.createDirectories(uploads.resolve("new-" + HexFormat.of().formatHex(bytes(8))));
        Path file;
        String merchant;
        try (MultiPartFormData.Parts parts = MultiPartFormData.getParts(x.request, x.request, contentType,
                Request.getMultiPartConfig(x.request, folder).maxSize(MAX_UPLOAD).maxPartSize(MAX_UPLOAD).maxParts(8).build())) {
            MultiPart.Part part = parts.getFirst("file");
            String name = part == null ? "" : fileName(part.getFileName());
            if (name.isEmpty()) {
                delete(folder);
                answer(x, 400, label("请选择一个文件", "Choose a file to import"));
                return;
            }
            file = folder.resolve(name);
            part.writeTo(file);
            MultiPart.Part m = parts.getFirst("merchant");
            merchant = m == null ? "" : m.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).strip();
        }
        ImportReport report;
        try {
            report = importer.importFile(me, file, new ImportRequest(merchant, "", ""), ImportProgress.NONE);
        } catch (ImportException refused) {
            delete(folder);
            answer(x, 400, "<p class=refused id=import-error>" + label("没有导入", "Not imported") + ": "
                    + esc(refused.getMessage().replace(folder.toString() + "/", "")) + "</p>");
            return;
        }
        long id = report.batch().id();
        Path kept = uploads.resolve("batch-" + id);
        delete(kept);
        Files.move(folder, kept, StandardCopyOption.ATOMIC_MOVE);
        BatchValidation validation = web.validation;
        if (validation != null && web.access.allows(me, "catalog:validate") && report.batch().products() > 0) {
            validation.validate(me, id, "", done -> {});
        }
        if (x.request.getHeaders().get("HX-Request") != null) {
            x.response.getHeaders().put("HX-Redirect", "/batches/show?id=" + id);
            x.html(200, "");
        } else {
            x.redirect("/batches/show?id=" + id);
        }
    }

    void show(Exchange x) throws Exception {
        Subject me = x.session.subject;
        long id = id(x);
        Optional<StoredBatch> found = web.catalog.batch(me, id);
        if (found.isEmpty()) {
            throw new Router.NotFound("没有批次 No batch " + id);
        }
        StoredBatch batch = found.get();
        StringBuilder b = new StringBuilder("<h1>").append(label("批次", "Batch")).append(' ').append(id).append(" <small>")
                .append(esc(batch.merchant())).append(" · ").append(esc(batch.file())).append("</small></h1>");
        b.append("<p id=summary>").append(label("读取行", "rows read")).append(' ').append(batch.rows()).append(" · ")
                .append(label("商品", "products")).append(' ').append(batch.products()).append(" · SKU ").append(batch.skus())
                .append(" · ").append(label("错误行", "row errors")).append(' ').append(batch.errors()).append(" · ")
                .append(label("警告", "warnings")).append(' ').append(batch.warnings()).append("</p>");
        List<RowError> errors = web.catalog.errors(me, id);
        b.append("<h2>").append(label("行错误", "Row errors")).append(" (").append(errors.size()).append(")</h2>");
        if (!errors.isEmpty()) {
            b.append("<table class=list id=row-errors><tr><th>").append(label("行", "Row")).append("<th>").append(label("列", "Column"))
                    .append("<th>").append(label("表头", "Header")).append("<th>").append(label("值", "Value")).append("<th>")
                    .append(label("原因", "Reason")).append("<th></tr>");
            for (RowError e : errors) {
                b.append("<tr class=").append(e.warning() ? "warning" : "error").append("><td>").append(e.row()).append("<td>")
                        .append(esc(e.columnLetter())).append("<td>").append(esc(e.header())).append("<td>").append(esc(e.raw()))
                        .append("<td>").append(esc(e.reason())).append("<td>")
                        .append(e.warning() ? label("警告", "warning") : label("未导入", "left out")).append("</tr>");
            }
            b.append("</table>");
        }
        FindingStore store = web.findings;
        if (store != null && web.access.allows(me, "catalog:findings")) {
            Optional<String> channel = store.lastChannel(me, id);
            List<Finding> findings = channel.isEmpty() ? List.of() : store.findings(me, id, FindingFilter.all(channel.get()));
            Map<String, List<Finding>> byCode = new LinkedHashMap<>();
            findings.forEach(f -> byCode.computeIfAbsent(f.code(), c -> new java.util.ArrayList<>()).add(f));
            b.append("<h2>").append(label("按代码的问题", "Findings by code")).append(" (").append(findings.size()).append(")</h2>");
            if (channel.isEmpty()) {
                b.append("<p>").append(label("这个批次还没有校验", "This batch has not been validated yet")).append("</p>");
            } else {
                b.append("<table class=list id=findings><tr><th>").append(label("代码", "Code")).append("<th>")
                        .append(label("级别", "Severity")).append("<th>").append(label("数量", "Count")).append("<th>")
                        .append(label("商品", "Products")).append("<th>").append(label("说明", "Message")).append("</tr>");
                for (Map.Entry<String, List<Finding>> e : byCode.entrySet()) {
                    Finding first = e.getValue().get(0);
                    b.append("<tr><td><code>").append(esc(e.getKey())).append("</code><td>")
                            .append(esc(first.severity().name().toLowerCase(Locale.ROOT))).append("<td>").append(e.getValue().size())
                            .append("<td>").append(esc(String.join(" ", e.getValue().stream().map(Finding::spuCode).distinct().limit(10).toList())))
                            .append("<td>").append(esc(first.message())).append("</tr>");
                }
                b.append("</table>");
            }
            if (web.report != null && web.access.allows(me, "catalog:report")) {
                b.append("<p><a id=report href='/batches/report?id=").append(id).append("'>")
                        .append(label("下载商家报告 (Excel)", "Download the merchant's report (Excel)")).append("</a></p>");
            }
        }
        if (web.publish != null && web.access.allows(me, "publish:jobs")) {
            b.append("<p><a id=batch-jobs href='/jobs?batch=").append(id).append("'>")
                    .append(label("这个批次的发布任务", "This batch's publishing jobs")).append("</a></p>");
        }
        x.html(200, Html.page(x.session, "批次 Batch " + id, b.toString()));
    }

    void report(Exchange x) throws Exception {
        Subject me = x.session.subject;
        long id = id(x);
        FindingReport report = web.report;
        if (report == null) {
            throw new Router.NotFound("报告不可用 The report needs the importers feature");
        }
        Path source = web.home.resolve("data").resolve("uploads").resolve("batch-" + id);
        if (!Files.isDirectory(source)) {
            throw new Router.NotFound("批次 " + id + " 不是从网页上传的，请在命令行运行 report " + id
                    + " · Batch " + id + " was not uploaded here: run `report " + id + "` in the shell, in the folder of its file");
        }
        Path out = Files.createTempFile(web.home.resolve("data").resolve("uploads"), "report-", ".xlsx");
        try {
            FindingReport.Written written;
            try {
                written = report.write(me, id, "", source, out);
            } catch (IllegalArgumentException | ImportException refused) {
                throw new Router.NotFound(refused.getMessage());
            }
            x.response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"report-" + id + ".xlsx\"");
            x.send(200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Files.readAllBytes(written.file()));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** An HTML answer to the upload: in place of the result box (htmx) or as a page. */
    private static void answer(Exchange x, int status, String html) {
        if (x.request.getHeaders().get("HX-Request") != null) {
            x.html(status == 400 ? 200 : status, html); // htmx swaps 2xx answers only
        } else {
            x.html(status, Html.page(x.session, "上传 Upload", html + "<p><a href='/batches'>" + label("返回", "Back") + "</a></p>"));
        }
    }

    private static long id(Exchange x) throws Router.NotFound {
        try {
            return Long.parseLong(x.query("id"));
        } catch (NumberFormatException notANumber) {
            throw new Router.NotFound("批次应是数字 A batch is a number: " + x.query("id"));
        }
    }

    /** The file's own name, without any folder a browser may send; empty when there is none. */
    static String fileName(String sent) {
        if (sent == null) {
            return "";
        }
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        return name.equals(".") || name.equals("..") ? "" : name;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
