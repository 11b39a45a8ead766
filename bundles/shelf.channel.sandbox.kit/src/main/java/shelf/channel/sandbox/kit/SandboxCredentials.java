package shelf.channel.sandbox.kit;

/** The app key and secret every simulated platform accepts (the adapters' defaults). */
public record SandboxCredentials(String appKey, String appSecret) {
    public static final SandboxCredentials DEFAULT = new SandboxCredentials("sandbox", "sandbox-secret");

    @Override
    public String toString() {
        return "SandboxCredentials[" + appKey + "]";
    }
}
