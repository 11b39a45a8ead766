package shelf.api.channel;

import java.util.List;

/**
 * What a marketplace accepts.
 *
 * @param titleMaxLength the longest title
 * @param titleCounting how the platform counts that length
 * @param maxMainImages most main images per listing
 * @param maxSkus most SKUs per listing
 * @param maxSpecDimensions most spec dimensions (颜色, 尺码, …) per listing
 * @param imageProfile the image profile its images are processed with ("main-800-webp")
 * @param requiredAttributes platform attributes every listing must carry (品牌, …)
 */
public record ChannelLimits(int titleMaxLength, TitleCounting titleCounting, int maxMainImages, int maxSkus,
        int maxSpecDimensions, String imageProfile, List<String> requiredAttributes) {

    public ChannelLimits {
        requiredAttributes = requiredAttributes == null ? List.of() : List.copyOf(requiredAttributes);
    }

    /** How a platform counts a title's length. */
    public enum TitleCounting {
        /** Every character counts one. */
        CHARACTERS,
        /** GBK bytes: a Chinese character counts two, an ASCII character one (Taobao's 60 bytes). */
        GBK_BYTES
    }
}
