package shelf.channel.sandbox.internal;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code sandbox:files CHANNEL}: the SHA-256 of each file (image) sent to a simulated platform as a file,
 * oldest first, so a test can tell which bytes were uploaded.
 */
@Component(service = SandboxFilesCommand.class)
@GogoCommand(scope = "sandbox", function = "files")
public class SandboxFilesCommand {
    @Reference
    Sandbox sandbox;

    @Descriptor("list the SHA-256 of the files (images) uploaded to a simulated platform as files, oldest first (the newest 1,000)")
    public void files(@Descriptor("weidian, taobao, pinduoduo, douyin or wechat") String channel) {
        sandbox.market(channel).files.forEach(System.out::println);
    }
}
