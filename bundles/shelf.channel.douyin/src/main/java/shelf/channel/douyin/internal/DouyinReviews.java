package shelf.channel.douyin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.api.channel.ChannelException;
import shelf.channel.support.Json;
import shelf.channel.support.ReviewFollow.Verdict;

/**
 * A product's review state on 抖店, as the Go SDK documents the answers (zsmhub/doudian-sdk): product.detail's
 * check_status — 1 未提交, 2 待审核, 3 审核通过, 4 审核未通过, 5 封禁, 7 审核通过待上架 — and draft_status for an
 * edit of a product already online (0 无草稿, 1 未提审, 2 待审核, 3 审核通过, 4 审核未通过); the reason of a
 * rejection from product.auditList (publish_status 2 = 审核拒绝), whose audit_reason maps each field to its
 * reasons.
 */
final class DouyinReviews {
    private final DoudianCall client;

    DouyinReviews(DoudianCall client) {
        this.client = client;
    }

    Verdict verdict(String productId) throws ChannelException {
        JsonObject param = new JsonObject();
        param.addProperty("product_id", Long.parseLong(productId));
        JsonObject detail = client.call("product.detail", param);
        String draft = Json.text(detail, "draft_status");
        String check = Json.text(detail, "check_status");
        if (draft.equals("1") || draft.equals("2")) {
            return Verdict.inReview();
        }
        if (draft.equals("4") || check.equals("4")) {
            return Verdict.rejected(reason(productId));
        }
        if (check.equals("5")) {
            return Verdict.rejected("商品被封禁（check_status 5）");
        }
        return check.equals("3") || check.equals("7") ? Verdict.approved() : Verdict.inReview();
    }

    /** "标题：含有违禁词「最」；主图：…" from the newest rejected record of the product. */
    private String reason(String productId) throws ChannelException {
        JsonObject param = new JsonObject();
        param.addProperty("product_id", Long.parseLong(productId));
        param.addProperty("publish_status", 2);
        param.addProperty("page", 0);
        param.addProperty("size", 1);
        JsonObject data = client.call("product.auditList", param);
        List<String> reasons = new ArrayList<>();
        for (JsonElement record : Json.array(data, "records")) {
            for (Map.Entry<String, JsonElement> field : Json.child(record.getAsJsonObject(), "audit_reason").entrySet()) {
                List<String> texts = new ArrayList<>();
                if (field.getValue().isJsonArray()) {
                    field.getValue().getAsJsonArray().forEach(text -> texts.add(text.getAsString()));
                } else {
                    texts.add(field.getValue().getAsString());
                }
                reasons.add(field.getKey() + "：" + String.join("，", texts));
            }
            break;
        }
        return String.join("；", reasons);
    }
}
