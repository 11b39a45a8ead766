package shelf.channel.sandbox.internal;

/** The weidian adapter keeps the channel contract against its simulator. */
class WeidianContractTest extends SandboxContract {
    WeidianContractTest() {
        super("weidian");
    }
}
