package shelf.channel.sandbox.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sale properties the simulated Taobao and the specs the simulated Pinduoduo give every category: Taobao's
 * 颜色分类 (pid 1627207) and 尺码 (pid 20509) with a list of standard values (the vids are the sandbox's own),
 * Pinduoduo's 颜色 (parent_spec_id 1215) and 尺码 (1226). A spec named otherwise (容量, 材质 …) or, on Taobao,
 * a value not in the list is what a category "does not have".
 */
final class CategoryProps {
    private CategoryProps() {}

    static final String COLOUR_PID = "1627207";
    static final String SIZE_PID = "20509";

    static final List<String> COLOURS = List.of("黑色", "白色", "红色", "蓝色", "灰色", "绿色", "黄色", "粉色", "紫色", "橙色",
            "棕色", "卡其色", "藏青色", "米白色", "酒红色", "天蓝色", "深灰色", "浅灰色", "花色", "透明", "银色", "金色", "默认");
    static final List<String> SIZES = List.of("XS", "S", "M", "L", "XL", "XXL", "XXXL", "2XL", "3XL", "4XL", "均码", "35", "36",
            "37", "38", "39", "40", "41", "42", "43", "44", "45", "46");

    /** Taobao: pid → its name. */
    static Map<String, String> taobaoSaleProps() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(COLOUR_PID, "颜色分类");
        props.put(SIZE_PID, "尺码");
        return props;
    }

    /** Taobao: whether a sale property takes aliases (itemprops.get is_allow_alias): 颜色分类 does, 尺码 not. */
    static boolean taobaoAllowsAlias(String pid) {
        return pid.equals(COLOUR_PID);
    }

    /** Taobao: the values of a sale property, vid → name. */
    static Map<String, String> taobaoValues(String pid) {
        List<String> names = pid.equals(COLOUR_PID) ? COLOURS : pid.equals(SIZE_PID) ? SIZES : List.of();
        int base = pid.equals(COLOUR_PID) ? 28300 : 28400;
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(String.valueOf(base + i), names.get(i));
        }
        return values;
    }

    /** Pinduoduo: parent_spec_id → spec name. */
    static Map<String, String> pinduoduoSpecs() {
        Map<String, String> specs = new LinkedHashMap<>();
        specs.put("1215", "颜色");
        specs.put("1226", "尺码");
        return specs;
    }
}
