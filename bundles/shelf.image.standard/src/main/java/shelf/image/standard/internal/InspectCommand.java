package shelf.image.standard.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.media.ImageInfo;
import shelf.api.media.ImageOutput;
import shelf.api.media.ImageProcessor;
import shelf.api.media.ImageProfile;
import shelf.api.media.ImageProfiles;
import shelf.api.media.MediaException;
import shelf.api.media.MediaInspector;
import shelf.api.media.VideoInfo;
import shelf.api.finding.Finding;
import shelf.api.shell.Complete;
import shelf.api.shell.Table;

/** {@code images:inspect FILE}: what an image is and what a buyer would find poor in it, nothing stored. */
@Component(service = InspectCommand.class)
@GogoCommand(scope = "images", function = "inspect")
public class InspectCommand {
    @Reference
    ImageProcessor processor;

    @Reference
    ImageProfiles profiles;

    @Reference
    MediaInspector inspector;

    @Descriptor("show an image's format, size, colour space and EXIF orientation, and the findings for a profile (default main); for an MP4 or MOV video, its duration, size and codec")
    public void inspect(CommandSession session,
            @Descriptor("the profile to check against (see images:profiles)")
            @Parameter(names = {"--profile", "-p"}, absentValue = "main") String profile,
            @Descriptor("the image file") @Complete(Complete.FILE) String file) {
        Path path = session.currentDir().resolve(file).normalize();
        if (isVideo(path)) {
            video(path);
            return;
        }
        ImageProfile target = profiles.profile(profile).orElseThrow(() -> new IllegalArgumentException(
                "no image profile '" + profile + "' — see images:profiles"));
        ImageOutput output = processor.inspect(path, target);
        ImageInfo info = output.source();
        Table facts = new Table("File", String.valueOf(path.getFileName()));
        if (info != null) {
            facts.row("Format", info.format());
            facts.row("Size", info.width() + "×" + info.height());
            facts.row("Colour space", info.colorSpace());
            facts.row("EXIF orientation", info.exifOrientation());
            facts.row("Bytes", ImageProblem.bytes(info.bytes()));
        }
        if (output.width() > 0) {
            facts.row("As " + target.name(), output.width() + "×" + output.height() + " " + target.format());
        }
        System.out.print(facts);
        if (output.findings().isEmpty()) {
            System.out.println("no findings for " + target.name());
            return;
        }
        Table findings = new Table("Severity", "Code", "Message");
        for (Finding f : output.findings()) {
            findings.row(f.severity().name().toLowerCase(Locale.ROOT), f.code(), f.message());
        }
        System.out.print(findings);
    }

    private static boolean isVideo(Path path) {
        try {
            String format = FormatSniffer.sniff(path).format();
            return format.equals("mp4") || format.equals("mov");
        } catch (java.io.IOException unreadable) {
            return false; // the image path says what is wrong with the file
        }
    }

    private void video(Path path) {
        VideoInfo info;
        try {
            info = inspector.video(path);
        } catch (MediaException bad) {
            throw new IllegalArgumentException(bad.getMessage());
        }
        Table facts = new Table("File", String.valueOf(path.getFileName()));
        facts.row("Format", info.format());
        facts.row("Duration", String.format(Locale.ROOT, "%.1f s", info.duration().toMillis() / 1000.0));
        facts.row("Size", info.width() + "×" + info.height());
        facts.row("Codec", info.codec());
        facts.row("Bytes", ImageProblem.bytes(info.bytes()));
        System.out.print(facts);
    }
}
