package shelf.channel.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Names the channel an adapter component serves: {@code @ShelfChannel("taobao")} gives the service
 * property {@code shelf.channel=taobao} (a single-element property type takes its name from the type).
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ShelfChannel {
    /** The channel id. */
    String value();
}
