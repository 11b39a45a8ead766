package shelf.channel.sandbox.internal;

/** The app key and secret every simulated platform accepts (the adapters' defaults). */
record SandboxCredentials(String appKey, String appSecret) {
    static final SandboxCredentials DEFAULT = new SandboxCredentials("sandbox", "sandbox-secret");

    @Override
    public String toString() {
        return "SandboxCredentials[" + appKey + "]";
    }
}
