package shelf.publish.internal;

import shelf.api.publish.JobKind;

/** A job to queue: a product (or one of its SKUs' price or stock) for a channel. */
record NewJob(String channel, String merchant, String spuCode, JobKind kind, String skuCode, String value) {

    static NewJob publish(String channel, String merchant, String spuCode) {
        return new NewJob(channel, merchant, spuCode, JobKind.PUBLISH, "", "");
    }
}
