package shelf.importer.xlsx.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** The service property naming an importer's format: {@code @ShelfImporter("xlsx")} is shelf.importer=xlsx. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface ShelfImporter {
    String value();
}
