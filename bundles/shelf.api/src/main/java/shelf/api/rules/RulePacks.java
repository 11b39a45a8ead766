package shelf.api.rules;

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
 * Marks a bundle as carrying rule packs, on any class or package-info of it: bnd writes the manifest header
 * {@value #HEADER} naming the pack files and a requirement of the rule-pack extender ({@value #EXTENDER},
 * version {@value #EXTENDER_VERSION} up to the next major), so a bundle of packs without the rule engine that
 * reads them fails to resolve and bundle:diag names what is missing, instead of doing nothing.
 *
 * <pre>
 * &#64;RulePacks("rules/apparel.rules.json")
 * package com.example.rules;
 * </pre>
 */
@Documented
@Retention(CLASS)
@Target({TYPE, PACKAGE})
@Requirement(namespace = "osgi.extender", name = RulePacks.EXTENDER, version = RulePacks.EXTENDER_VERSION)
@Header(name = RulePacks.HEADER, value = "${#value}")
public @interface RulePacks {
    /** The manifest header naming a bundle's pack files (comma-separated paths inside the bundle). */
    String HEADER = "Shelf-RulePacks";
    /** The extender that deploys them: shelf.rules.packs provides osgi.extender=shelf.rulepack. */
    String EXTENDER = "shelf.rulepack";
    /** The version of the pack format and header the rule engine reads. */
    String EXTENDER_VERSION = "1.0.0";

    /** The pack files inside the bundle ("rules/apparel.rules.json"). */
    String[] value();

    /**
     * "optional" for a bundle that is useful without its packs (a channel adapter): it then resolves without
     * the rule engine, and its packs are deployed when the engine is there.
     */
    @Directive("resolution")
    String resolution() default "mandatory";
}
