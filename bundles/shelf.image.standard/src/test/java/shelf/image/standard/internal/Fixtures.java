package shelf.image.standard.internal;

import java.lang.annotation.Annotation;

import shelf.api.media.ImageFit;
import shelf.api.media.ImageProfile;
import shelf.api.media.ImageRole;

/** A processor wired as Declarative Services would wire it, with the default configuration. */
public final class Fixtures {
    public static final ImageProfile MAIN = new ImageProfile("main", "", ImageRole.MAIN, 800, 800, ImageFit.PAD, "webp",
            80, false, 0);
    public static final ImageProfile DETAIL = new ImageProfile("detail", "", ImageRole.DETAIL, 790, 0, ImageFit.WIDTH,
            "jpeg", 85, false, 0);

    private Fixtures() {}

    public static ImageCodecs codecs() {
        ImageCodecs codecs = new ImageCodecs();
        codecs.activate();
        return codecs;
    }

    public static StandardImageProcessor processor() {
        StandardImageProcessor processor = new StandardImageProcessor();
        processor.codecs = codecs();
        processor.activate(config());
        return processor;
    }

    public static HeaderInspector inspector() {
        HeaderInspector inspector = new HeaderInspector();
        inspector.codecs = codecs();
        inspector.activate();
        return inspector;
    }

    static StandardImageProcessor.Config config() {
        return new StandardImageProcessor.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return StandardImageProcessor.Config.class;
            }

            @Override
            public int maxMegapixels() {
                return 150;
            }

            @Override
            public double blurThreshold() {
                return 30;
            }

            @Override
            public int whiteBorderPercent() {
                return 80;
            }

            @Override
            public int minQuality() {
                return 40;
            }
        };
    }
}
