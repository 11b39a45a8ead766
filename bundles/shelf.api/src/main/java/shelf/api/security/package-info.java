/**
 * Who runs a command and what they may see: users with roles (editor, reviewer, ops, admin), the data
 * scope of each user (merchants, category prefixes), the command ACL, and the subject of a shell session.
 */
@Export
@Version("2.1.0")
package shelf.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
