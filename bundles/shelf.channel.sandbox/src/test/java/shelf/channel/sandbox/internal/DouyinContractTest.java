package shelf.channel.sandbox.internal;

/** The douyin adapter keeps the channel contract against its simulator. */
class DouyinContractTest extends SandboxContract {
    DouyinContractTest() {
        super("douyin");
    }
}
