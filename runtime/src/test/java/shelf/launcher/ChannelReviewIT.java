package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * Douyin, Pinduoduo and the WeChat shop review what is published: a product the platform's review rejects is a
 * failed job with the platform's reason, not a "done" one — on the real distribution, through the sandbox
 * (whose review rejects a title containing 审核驳回).
 */
class ChannelReviewIT extends RunningShelf {

    /** Publishes to the sandbox's marketplaces on any free port. */
    @Override
    boolean sandbox() {
        return true;
    }

    @Test
    void aProductThePlatformsReviewRejectsIsAFailedJobWithThePlatformsReason() throws Exception {
        MerchantWorkbook workbook = new MerchantWorkbook("上新");
        String[][] products = {{"R-1", "纯棉短袖T恤 男款 白色"}, {"R-2", "纯棉短袖T恤 男款 审核驳回"}};
        int n = 0;
        for (String[] product : products) {
            n++;
            String spu = product[0];
            workbook.row("商品编码", spu, "商品标题", product[1], "类目", "服饰鞋包>男装>T恤", "品牌", "南极人",
                    "型号", "NJ-" + spu, "材质", "棉", "产地", "浙江", "规格1名称", "颜色", "规格1值", "白色",
                    "规格2名称", "尺码", "规格2值", "M", "SKU编码", spu + "-A",
                    "条形码", Double.parseDouble(SeededDefects.ean13(300 + n)), "进货价", 20d, "销售价", 59d,
                    "促销价", 49d, "库存", 10d, "重量(kg)", 0.3, "主图", "https://img.example.com/r" + n + ".jpg",
                    "细节图", "https://img.example.com/rd" + n + ".jpg", "商品描述", "<p>纯棉</p>", "运费模板", "全国包邮",
                    "退换货政策", "7天无理由", "发货时间(小时)", 48d);
        }
        workbook.write(desk.resolve("review.xlsx"));
        shelf.ok("import review.xlsx --merchant acme; merchant:set acme --annual-sales 8000000; submit --batch 1");

        String published = shelf.ok("publish 1 --channel douyin,pinduoduo,wechat --wait");
        assertTrue(published.contains("3 done, 3 failed"), published);
        String failed = shelf.ok("jobs --state failed");
        for (String platform : new String[] {"抖店", "拼多多", "微信小店"}) {
            String line = failed.lines().filter(l -> l.contains(platform + "审核驳回商品")).findFirst().orElse(null);
            assertNotNull(line, platform + ":\n" + failed);
            assertTrue(line.contains("R-2") && line.contains("review.rejected") && line.contains("（商家编码R-2）：")
                    && line.contains("商品标题含有「审核驳回」，不符合发布规范（沙箱审核规则）"), line);
        }
        for (String channel : new String[] {"douyin", "pinduoduo", "wechat"}) {
            assertEquals("listings 2, duplicates 0", shelf.ok("sandbox:listings " + channel + " --count").strip(), channel);
        }
    }

    /**
     * A review longer than the adapter waits: the job goes back to the queue as still in review, and its retry
     * finds the listing by outer id and follows the review on — without submitting it again or listing it twice.
     */
    @Test
    void aLongReviewWaitsInTheQueueAndEndsDoneWithOneListing() throws Exception {
        Files.createDirectories(home.resolve("etc/features"));
        Files.writeString(home.resolve("etc/features/slowreview.json"), """
                {"feature-resource-version": "1.0", "id": "local:slowreview:1.0.0", "bundles": [], "configurations": {
                  "shelf.channel.sandbox": {"reviewReads": 4}, "shelf.channel.douyin": {"reviewWaitMs": 300}}}
                """);
        shelf.ok("feature:install slowreview");
        MerchantWorkbook workbook = new MerchantWorkbook("上新");
        workbook.row("商品编码", "L-1", "商品标题", "纯棉短袖T恤 男款 慢审", "类目", "服饰鞋包>男装>T恤", "品牌", "南极人",
                "型号", "NJ-L-1", "材质", "棉", "产地", "浙江", "规格1名称", "颜色", "规格1值", "白色",
                "规格2名称", "尺码", "规格2值", "M", "SKU编码", "L-1-A", "条形码", Double.parseDouble(SeededDefects.ean13(310)),
                "进货价", 20d, "销售价", 59d, "促销价", 49d, "库存", 10d, "重量(kg)", 0.3, "主图", "https://img.example.com/l1.jpg",
                "细节图", "https://img.example.com/ld1.jpg", "商品描述", "<p>纯棉</p>", "运费模板", "全国包邮",
                "退换货政策", "7天无理由", "发货时间(小时)", 48d);
        workbook.write(desk.resolve("slow.xlsx"));
        shelf.ok("import slow.xlsx --merchant acme; merchant:set acme --annual-sales 8000000; submit --batch 1");

        String published = shelf.ok("publish 1 --channel douyin --wait");
        assertTrue(published.contains("1 done, 0 failed"), published);
        String job = shelf.ok("jobs --channel douyin").lines().filter(l -> l.contains("L-1")).findFirst().orElseThrow();
        java.util.regex.Matcher tries = java.util.regex.Pattern.compile(" done\\s+(\\d+) ").matcher(job);
        assertTrue(tries.find() && Integer.parseInt(tries.group(1)) >= 2, "retried while in review: " + job);
        assertEquals("listings 1, duplicates 0", shelf.ok("sandbox:listings douyin --count").strip());
    }
}
