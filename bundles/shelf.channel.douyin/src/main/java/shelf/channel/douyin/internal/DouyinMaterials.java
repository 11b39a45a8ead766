package shelf.channel.douyin.internal;

import java.util.Base64;

import com.google.gson.JsonObject;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.channel.support.ImageUploads;
import shelf.channel.support.Json;
import shelf.channel.support.ReviewFollow;
import shelf.channel.support.ReviewFollow.Verdict;

/**
 * A local image into the shop's material centre, as the SDKs describe it (zsmhub/doudian-sdk and the Java SDK
 * com.doudian.open.api): open.binaryupload takes the file's content (file_content, a string: we send it
 * Base64-encoded) and answers a store_uri; material.uploadImageSync takes that as file_uri ("url和file_uri
 * 二选一") and answers material_id, audit_status and — only once audit_status is 3 (通过) — byte_url, the URL
 * product.addV2 takes. Until then material.queryMaterialDetail is read on the review schedule; a rejected
 * image (audit_status 4) is refused with audit_reject_desc.
 */
final class DouyinMaterials {
    /** material_name: "开发者自定义，不得超过50个字符". */
    static final int NAME_MAX = 50;

    private final DoudianCall client;
    private final ReviewFollow review;

    DouyinMaterials(DoudianCall client, ReviewFollow review) {
        this.client = client;
        this.review = review;
    }

    String upload(ImageUploads.Image image) throws ChannelException {
        JsonObject binary = new JsonObject();
        binary.addProperty("file_content", Base64.getEncoder().encodeToString(image.bytes()));
        String storeUri = Json.text(client.call("open.binaryupload", binary), "store_uri");
        if (storeUri.isEmpty()) {
            throw new ChannelException(Kind.BUSY, "", "抖店收下图片" + image.source() + "却没有给出store_uri，稍后重试");
        }
        JsonObject param = new JsonObject();
        param.addProperty("folder_id", "0");
        param.addProperty("file_uri", storeUri);
        param.addProperty("material_name", name(image.fileName()));
        param.addProperty("need_distinct", true);
        JsonObject material = client.call("material.uploadImageSync", param);
        String[] url = {Json.text(material, "byte_url")};
        if (Json.text(material, "audit_status").equals("3") && !url[0].isEmpty()) {
            return url[0];
        }
        String materialId = Json.text(material, "material_id");
        try {
            review.await("图片" + image.source(), () -> {
                JsonObject query = new JsonObject();
                query.addProperty("material_id", materialId);
                JsonObject info = Json.child(client.call("material.queryMaterialDetail", query), "material_info");
                url[0] = Json.text(info, "byte_url");
                return switch (Json.text(info, "audit_status")) {
                    case "3" -> url[0].isEmpty() ? Verdict.inReview() : Verdict.approved();
                    case "4" -> Verdict.rejected(Json.text(info, "audit_reject_desc"));
                    default -> Verdict.inReview();
                };
            });
        } catch (ChannelException e) {
            if (e.kind() == Kind.REVIEW_REJECTED) {
                throw new ChannelException(Kind.REFUSED, "image.rejected", e.getMessage());
            }
            throw e;
        }
        return url[0];
    }

    /** The file's name cut to what the platform takes, keeping its extension. */
    static String name(String fileName) {
        if (fileName.codePointCount(0, fileName.length()) <= NAME_MAX) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot > 0 && fileName.length() - dot <= 6 ? fileName.substring(dot) : "";
        return fileName.substring(0, fileName.offsetByCodePoints(0, NAME_MAX - extension.length())) + extension;
    }
}
