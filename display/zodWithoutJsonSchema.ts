import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/**
 * Zod's classic schemas carry their JSON Schema generator (to-json-schema.js and json-schema-processors.js, ≈ 4 KB of
 * gzip in the kiosk's first chunk): every schema type wires its processor in, so tree-shaking cannot drop it. The kiosk
 * only parses — nothing in display/ or shared/ asks a schema for JSON Schema (the server's OpenAPI document does, with
 * the real Zod). So in the kiosk's build, the classic schemas get a stand-in: the one helper that also answers ordinary
 * questions (`aggregateChecks`, behind `.minLength`, `.format`, …) is the real one, and every JSON Schema entry point
 * throws if called. The stand-in's export list is read from the installed Zod, so an upgrade cannot leave a name out.
 */
const require = createRequire(import.meta.url);
const zodRoot = require.resolve('zod/package.json').replaceAll('\\', '/').replace(/package\.json$/, '');
const PROCESSORS = `${zodRoot}v4/core/json-schema-processors.js`;
const CLASSIC_SCHEMAS = `${zodRoot}v4/classic/schemas.js`;
const KEPT = 'aggregateChecks';
const STAND_IN_PROCESSORS = '\0bangtin-zod-json-schema-processors';
const STAND_IN_TO_JSON_SCHEMA = '\0bangtin-zod-to-json-schema';

const absent = `() => { throw new Error('JSON Schema is not built into the kiosk'); }`;

function processorsStandIn(): string {
  const names = [...readFileSync(PROCESSORS, 'utf8').matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1] ?? '');
  if (!names.includes(KEPT)) throw new Error(`zod's json-schema-processors.js no longer exports ${KEPT}: review display/zodWithoutJsonSchema.ts`);
  const stubs = names.filter((name) => name !== KEPT).map((name) => `export const ${name} = absent;`);
  return [`export { ${KEPT} } from ${JSON.stringify(PROCESSORS)};`, `const absent = ${absent};`, ...stubs].join('\n');
}

export const zodWithoutJsonSchema: Plugin = {
  name: 'bangtin-zod-without-json-schema',
  apply: 'build',
  enforce: 'pre',
  resolveId(source, importer) {
    if (importer?.replaceAll('\\', '/') !== CLASSIC_SCHEMAS) return null;
    if (source === '../core/json-schema-processors.js') return STAND_IN_PROCESSORS;
    if (source === '../core/to-json-schema.js') return STAND_IN_TO_JSON_SCHEMA;
    return null;
  },
  load(id) {
    if (id === STAND_IN_PROCESSORS) return processorsStandIn();
    if (id === STAND_IN_TO_JSON_SCHEMA) {
      return `const absent = ${absent};\nexport const createToJSONSchemaMethod = () => absent;\nexport const createStandardJSONSchemaMethod = () => absent;`;
    }
    return null;
  },
};
