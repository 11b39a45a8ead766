package shelf.channel.sandbox.internal;

/** The taobao adapter keeps the channel contract against its simulator. */
class TaobaoContractTest extends SandboxContract {
    TaobaoContractTest() {
        super("taobao");
    }
}
