package shelf.image.standard.internal;

import java.util.Locale;

import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/** Every finding this bundle raises: a stable code, its severity, and the Chinese sentence an operator reads. */
enum ImageProblem {
    MISSING("image.missing", Severity.ERROR, "%s：文件不存在，请检查图片路径"),
    EMPTY("image.empty", Severity.ERROR, "%s：文件是空的（0 字节），请重新导出或重新下载图片"),
    NOT_IMAGE("image.not-image", Severity.ERROR, "%s：不是图片文件%s，请提供 JPEG、PNG 或 WebP 图片"),
    UNSUPPORTED("image.unsupported", Severity.ERROR, "%s：不支持 %s 格式，请转换为 JPEG、PNG 或 WebP"),
    PRECISION("image.unsupported", Severity.ERROR, "%s：是 %d 位精度的 JPEG（医疗、科研设备常用），只支持普通的 8 位 JPEG，请另存为普通 JPEG"),
    TRUNCATED("image.truncated", Severity.ERROR, "%s：文件不完整（%s），请重新导出或重新下载原图"),
    UNREADABLE("image.unreadable", Severity.ERROR, "%s：图片无法读取（%s），请重新导出"),
    TOO_LARGE("image.too-large", Severity.ERROR,
            "%s：图片 %d×%d 有 %d 百万像素，超过上限 %d 百万像素，未解码；请先把原图缩小"),
    TOO_SMALL("image.too-small", Severity.WARNING, "%s：图片只有 %d×%d，小于 %s 图要求的 %d×%d，请提供更大的原图"),
    UPSCALED("image.upscaled", Severity.WARNING, "%s：图片被放大了 %.1f 倍（超过 1.5 倍），买家看到会发虚"),
    NOT_SQUARE("image.not-square", Severity.WARNING, "%s：主图不是正方形（%d×%d），已补白边为 %d×%d"),
    BLURRY("image.blurry", Severity.WARNING, "%s：图片模糊（清晰度 %.0f，低于 %.0f），请换一张对焦清楚的照片"),
    BACKGROUND_NOT_WHITE("image.background-not-white", Severity.WARNING,
            "%s：主图背景不是白色（边缘只有 %d%% 接近白色），主图请用白底"),
    CMYK("image.cmyk", Severity.WARNING, "%s：图片是 CMYK 印刷色（%s），已转换为 sRGB，颜色可能有偏差，请提供 RGB 原图"),
    OVER_BUDGET("image.over-budget", Severity.ERROR, "%s：输出 %s 超过上限 %s（质量已降到 %d），请换一张细节较少的图片或放宽上限");

    /** The pack field of every finding: the bundle that raised it. */
    static final String SOURCE = "shelf.image.standard";

    final String code;
    final Severity severity;
    private final String template;

    ImageProblem(String code, Severity severity, String template) {
        this.code = code;
        this.severity = severity;
        this.template = template;
    }

    /** The sentence, with the file's name first. */
    String message(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }

    Finding finding(Object... args) {
        return new Finding(code, severity, "", "", "", "", null, message(args), SOURCE);
    }

    /** "1.2 MB", "830 KB", "512 B". */
    static String bytes(long n) {
        if (n >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", n / 1024.0 / 1024.0);
        }
        return n >= 1024 ? (n + 512) / 1024 + " KB" : n + " B";
    }
}
