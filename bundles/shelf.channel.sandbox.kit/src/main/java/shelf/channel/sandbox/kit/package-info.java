/**
 * What the marketplace simulators of shelf.channel.sandbox are built from, apart from any one platform: a
 * simulated shop's listings and SKUs ({@link shelf.channel.sandbox.kit.ListingStore}, kept across restarts by
 * {@link shelf.channel.sandbox.kit.ListingJournal}), its review of submissions
 * ({@link shelf.channel.sandbox.kit.ReviewDesk}), and the HTTP request, answer, form and JSON pieces every
 * simulator shares. Exported for the sandbox only; development use, never part of a production install.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package shelf.channel.sandbox.kit;
