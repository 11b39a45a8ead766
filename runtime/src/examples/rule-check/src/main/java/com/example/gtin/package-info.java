/**
 * The bundle also carries a pack using its check. {@code @RulePacks} writes the manifest header that names the
 * pack file and the requirement of Shelf's rule engine (osgi.extender=shelf.rulepack), so the bundle does not
 * resolve where no rule engine runs.
 */
@RulePacks("rules/gs1.rules.json")
package com.example.gtin;

import shelf.api.rules.RulePacks;
