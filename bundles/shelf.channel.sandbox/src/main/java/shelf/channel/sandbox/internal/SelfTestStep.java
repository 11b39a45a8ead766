package shelf.channel.sandbox.internal;

/** One step of the self-test against one channel: what was done, whether it worked, what was seen, how long. */
record SelfTestStep(String channel, String step, boolean ok, String detail, long millis) {
}
