package shelf.channel.sandbox.internal;

/** What a simulator answers: an HTTP status and a JSON body. */
record SandboxReply(int status, String body) {

    static SandboxReply ok(String json) {
        return new SandboxReply(200, json);
    }
}
