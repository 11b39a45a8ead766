package shelf.channel.douyin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.channel.support.ChannelSettings;
import shelf.channel.support.ImageUploads;
import shelf.channel.support.Json;
import shelf.channel.support.ReviewFollow;
import shelf.channel.support.Secret;

/**
 * A local image through open.binaryupload and material.uploadImageSync, and a product's review read from
 * product.detail and product.auditList — request and answer fields as the official Go SDK (vendored in
 * zsmhub/doudian-sdk) declares them: api/open_binaryupload (file_content → store_uri),
 * api/material_uploadImageSync (folder_id, url, material_name, file_uri, need_distinct → material_id,
 * audit_status, byte_url), api/material_queryMaterialDetail (material_info), api/product_auditList (records,
 * audit_reason).
 */
class DouyinMaterialsTest {
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    final List<String> sent = new ArrayList<>();

    private DoudianCall platform(String... answers) {
        java.util.Iterator<String> next = List.of(answers).iterator();
        return (method, param) -> {
            sent.add(method + " " + Json.canonical(param));
            return JsonParser.parseString(next.next()).getAsJsonObject();
        };
    }

    @Test
    void aLocalFileGoesUpAsBase64ThenAsTheMaterialsFileUri() throws Exception {
        DouyinMaterials materials = new DouyinMaterials(platform("{\"store_uri\":\"tos-cn-i-7veqoeduo3/9e1df78\"}",
                "{\"material_id\":\"7001\",\"folder_id\":\"0\",\"is_new\":true,\"audit_status\":3,"
                        + "\"byte_url\":\"https://p3-aio.ecombdimg.com/obj/a.png\"}"), new ReviewFollow("抖店", 1000, ms -> { }));
        String url = materials.upload(new ImageUploads.Image("/shop/主图.png", "主图.png", PNG_SIGNATURE));
        assertEquals("https://p3-aio.ecombdimg.com/obj/a.png", url);
        assertEquals(List.of("open.binaryupload {\"file_content\":\"iVBORw0KGgo=\"}",
                "material.uploadImageSync {\"file_uri\":\"tos-cn-i-7veqoeduo3/9e1df78\",\"folder_id\":\"0\","
                        + "\"material_name\":\"主图.png\",\"need_distinct\":true}"), sent);
    }

    /**
     * The signs of those two param_json for app_key ak, secret sk, timestamp 1700000000, computed independently
     * (Python hmac over secret + app_key… + secret, as the SDK's utils/sign_util.go).
     */
    @Test
    void bothCallsAreSignedLikeAnyOther() {
        ChannelSettings settings = new ChannelSettings("douyin", "https://openapi-fxg.jinritemai.com", "ak", Secret.of("sk"),
                Secret.of(""), Secret.of(""), "12345", "", Duration.ofSeconds(5), Duration.ofSeconds(1));
        DoudianClient client = new DoudianClient(settings, null, () -> null, Clock.fixed(Instant.ofEpochSecond(1700000000),
                ZoneOffset.UTC));
        assertEquals("c26ace8846b4d6ebdb4eb23e70932e7f67d152c7fde7f1212ee42c01b13a5ea8",
                client.query("open.binaryupload", "{\"file_content\":\"iVBORw0KGgo=\"}", null).get("sign"));
        assertEquals("195d1f8721559127a622b7fbe42246a417c86be8c2f939710838df6e1d07ff1f", client.query("material.uploadImageSync",
                "{\"file_uri\":\"tos-cn-i-7veqoeduo3/9e1df78\",\"folder_id\":\"0\",\"material_name\":\"主图.png\",\"need_distinct\":true}",
                null).get("sign"));
    }

    /** "只有AuditStatus=3时ByteUrl才会返回": until then the material's detail is read; a rejected image is refused. */
    @Test
    void anImageInTheMaterialCentresReviewIsWaitedForAndARejectedOneRefused() throws Exception {
        DouyinMaterials waits = new DouyinMaterials(platform("{\"store_uri\":\"u\"}", "{\"material_id\":\"7002\",\"audit_status\":1}",
                "{\"material_info\":{\"material_id\":\"7002\",\"audit_status\":2}}",
                "{\"material_info\":{\"material_id\":\"7002\",\"audit_status\":3,\"byte_url\":\"https://p3-aio.ecombdimg.com/obj/b.png\"}}"),
                new ReviewFollow("抖店", 1000, ms -> { }));
        assertEquals("https://p3-aio.ecombdimg.com/obj/b.png", waits.upload(new ImageUploads.Image("/b.png", "b.png", PNG_SIGNATURE)));
        assertEquals("material.queryMaterialDetail {\"material_id\":\"7002\"}", sent.get(2));

        DouyinMaterials refuses = new DouyinMaterials(platform("{\"store_uri\":\"u\"}", "{\"material_id\":\"7003\",\"audit_status\":1}",
                "{\"material_info\":{\"material_id\":\"7003\",\"audit_status\":4,\"audit_reject_desc\":\"图片含二维码\"}}"),
                new ReviewFollow("抖店", 1000, ms -> { }));
        ChannelException e = assertThrows(ChannelException.class,
                () -> refuses.upload(new ImageUploads.Image("/c.png", "c.png", PNG_SIGNATURE)));
        assertEquals(Kind.REFUSED, e.kind());
        assertEquals("抖店审核驳回图片/c.png：图片含二维码", e.getMessage());
    }

    @Test
    void aLongFileNameIsCutToFiftyCharactersKeepingItsExtension() {
        String name = "主".repeat(60) + ".jpg";
        assertEquals("主".repeat(46) + ".jpg", DouyinMaterials.name(name));
    }

    /** check_status 4 审核未通过: the reason from product.auditList's audit_reason, field by field. */
    @Test
    void aRejectedProductsReasonComesFromItsAuditRecord() throws Exception {
        DouyinReviews reviews = new DouyinReviews(platform("{\"product_id\":3001,\"status\":1,\"check_status\":4,\"draft_status\":0}",
                "{\"records\":[{\"product_id\":3001,\"publish_status\":2,\"audit_reason\":{\"商品标题\":[\"含有违禁词「最」\"],"
                        + "\"主图\":[\"图片模糊\",\"有水印\"]}}],\"total\":1}"));
        ReviewFollow.Verdict verdict = reviews.verdict("3001");
        assertEquals(ReviewFollow.State.REJECTED, verdict.state());
        assertEquals("商品标题：含有违禁词「最」；主图：图片模糊，有水印", verdict.reason());
        assertEquals("product.auditList {\"page\":0,\"product_id\":3001,\"publish_status\":2,\"size\":1}", sent.get(1));

        assertEquals(ReviewFollow.State.IN_REVIEW, new DouyinReviews(platform("{\"check_status\":2}")).verdict("3001").state());
        assertEquals(ReviewFollow.State.IN_REVIEW, new DouyinReviews(platform("{\"check_status\":3,\"draft_status\":2}"))
                .verdict("3001").state(), "an edit of a product online is reviewed as a draft");
        assertEquals(ReviewFollow.State.APPROVED, new DouyinReviews(platform("{\"check_status\":7}")).verdict("3001").state());
    }

}
