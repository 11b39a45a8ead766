package shelf.channel.sandbox.internal;

/** The wechat adapter keeps the channel contract against its simulator. */
class WechatContractTest extends SandboxContract {
    WechatContractTest() {
        super("wechat");
    }
}
