package shelf.api.rules;

import shelf.api.finding.Severity;

/**
 * Which findings of a batch to return; an empty or {@code null} part matches everything.
 *
 * @param channel the channel validated for (empty: validation for no particular channel)
 * @param severity only this severity
 * @param code only this finding code
 * @param skuCode only findings about this SKU
 */
public record FindingFilter(String channel, Severity severity, String code, String skuCode) {

    public FindingFilter {
        channel = channel == null ? "" : channel;
        code = code == null ? "" : code;
        skuCode = skuCode == null ? "" : skuCode;
    }

    /** Every finding of the validation for this channel. */
    public static FindingFilter all(String channel) {
        return new FindingFilter(channel, null, null, null);
    }
}
