/**
 * The bundle holds no code: this annotation names its pack for the rule engine's extender (header
 * Shelf-RulePacks) and requires that extender, so without the rule engine the bundle does not resolve.
 */
@RulePacks("rules/base.rules.json")
package shelf.rules.base;

import shelf.api.rules.RulePacks;
