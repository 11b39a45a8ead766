package shelf.channel.sandbox.kit;

/** What a simulator answers: an HTTP status and a JSON body. */
public record SandboxReply(int status, String body) {

    public static SandboxReply ok(String json) {
        return new SandboxReply(200, json);
    }
}
