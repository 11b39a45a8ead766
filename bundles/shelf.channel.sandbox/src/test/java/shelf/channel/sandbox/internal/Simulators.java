package shelf.channel.sandbox.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

import org.osgi.framework.BundleContext;

import shelf.api.channel.ChannelAdapter;
import shelf.channel.douyin.internal.DouyinAdapter;
import shelf.channel.pinduoduo.internal.PinduoduoAdapter;
import shelf.channel.support.ChannelConfig;
import shelf.channel.support.PlatformAdapter;
import shelf.channel.support.SandboxAddress;
import shelf.channel.taobao.internal.TaobaoAdapter;
import shelf.channel.wechat.internal.WechatAdapter;
import shelf.channel.weidian.internal.WeidianAdapter;

/**
 * A sandbox on a free port and the five real adapters pointed at it, activated as Declarative Services
 * would (their defaults as configuration, no SHELF_HOME), for tests without a framework.
 */
final class Simulators {
    private Simulators() {}

    static Sandbox sandbox(Map<String, Object> config) throws Exception {
        Sandbox sandbox = new Sandbox();
        sandbox.activate(annotation(Sandbox.Config.class, Map.of("port", 0, "threads", 8)), null);
        return sandbox;
    }

    static ChannelAdapter adapter(String channel, SandboxAddress sandbox) throws Exception {
        return adapter(channel, sandbox, 10_000);
    }

    /** @param reviewWaitMs how long a create or update follows the platform's review; below 0: the default */
    static ChannelAdapter adapter(String channel, SandboxAddress sandbox, int reviewWaitMs) throws Exception {
        PlatformAdapter adapter = switch (channel) {
            case "taobao" -> new TaobaoAdapter();
            case "pinduoduo" -> new PinduoduoAdapter();
            case "douyin" -> new DouyinAdapter();
            case "wechat" -> new WechatAdapter();
            default -> new WeidianAdapter();
        };
        Method activate = adapter.getClass().getDeclaredMethod("activate", ChannelConfig.class, BundleContext.class);
        activate.setAccessible(true);
        activate.invoke(adapter, annotation(ChannelConfig.class, reviewWaitMs < 0 ? Map.of("timeoutMs", 3_000)
                : Map.of("timeoutMs", 3_000, "reviewWaitMs", reviewWaitMs)), context());
        Method bind = PlatformAdapter.class.getDeclaredMethod("setSandbox", SandboxAddress.class);
        bind.setAccessible(true);
        bind.invoke(adapter, sandbox);
        return adapter;
    }

    /** An instance of a configuration annotation: its defaults, with some values replaced. */
    static <A extends Annotation> A annotation(Class<A> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("annotationType")) {
                return type;
            }
            return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
        }));
    }

    private static BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> null);
    }
}
