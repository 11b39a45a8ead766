/**
 * Import profiles for files exported by other tools, offered to `import --profile NAME` by the import service.
 * Optional: the importer also reads files for the findings report, without the import service.
 */
@ImportProfiles(value = "profiles/taobao-assistant.json", resolution = "optional")
package shelf.importer.csv;

import shelf.api.importer.ImportProfiles;
