package shelf.api.importer;

import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Directive;
import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.bundle.Requirement;

/**
 * Marks a bundle as carrying import profiles (JSON files; the file name without .json is the profile's name
 * for {@code import --profile}), on any class or package-info of it: bnd writes the manifest header
 * {@value #HEADER} and a requirement of the import-profile extender ({@value #EXTENDER}, version
 * {@value #EXTENDER_VERSION} up to the next major), which the import service (shelf.importing) provides.
 */
@Documented
@Retention(CLASS)
@Target({TYPE, PACKAGE})
@Requirement(namespace = "osgi.extender", name = ImportProfiles.EXTENDER, version = ImportProfiles.EXTENDER_VERSION)
@Header(name = ImportProfiles.HEADER, value = "${#value}")
public @interface ImportProfiles {
    /** The manifest header naming a bundle's profile files (comma-separated paths inside the bundle). */
    String HEADER = "Shelf-ImportProfiles";
    /** The extender that offers them: shelf.importing provides osgi.extender=shelf.importprofile. */
    String EXTENDER = "shelf.importprofile";
    /** The version of the profile format and header the import service reads. */
    String EXTENDER_VERSION = "1.0.0";

    /** The profile files inside the bundle ("profiles/taobao-assistant.json"). */
    String[] value();

    /** "optional" for a bundle that is useful without its profiles (an importer): it then resolves without them. */
    @Directive("resolution")
    String resolution() default "mandatory";
}
