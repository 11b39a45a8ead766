/**
 * The platform's listing checks, deployed by the rule engine's extender. Optional: the adapter publishes
 * without the rule engine, and its pack is deployed once the engine is there.
 */
@RulePacks(value = "rules/taobao.rules.json", resolution = "optional")
package shelf.channel.taobao.internal;

import shelf.api.rules.RulePacks;
