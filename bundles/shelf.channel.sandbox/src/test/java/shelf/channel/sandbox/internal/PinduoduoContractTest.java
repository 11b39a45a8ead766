package shelf.channel.sandbox.internal;

/** The pinduoduo adapter keeps the channel contract against its simulator. */
class PinduoduoContractTest extends SandboxContract {
    PinduoduoContractTest() {
        super("pinduoduo");
    }
}
