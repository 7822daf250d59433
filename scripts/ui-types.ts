// `npm run ui-types`: writes the admin UI's wire types (admin-ui/src/api/schema.gen.d.ts) from the OpenAPI document,
// so the UI compiles against the shapes the API really serves. With --check it writes nothing and fails when the
// committed file is stale (test/unit/ui-types.test.ts runs that).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { apiDocument } from '../src/api/openapi-document';

const UI_TYPES_FILE = 'admin-ui/src/api/schema.gen.d.ts';

async function uiTypes(): Promise<string> {
  const ast = await openapiTS((await apiDocument()) as unknown as OpenAPI3, { alphabetize: true });
  return `// Generated from the OpenAPI document by \`npm run ui-types\`: do not edit.\n\n${astToString(ast)}`;
}

async function main(check: boolean): Promise<number> {
  const file = path.resolve(__dirname, '..', UI_TYPES_FILE);
  const fresh = await uiTypes();
  if (!check) {
    writeFileSync(file, fresh);
    console.log(`wrote ${UI_TYPES_FILE}`);
    return 0;
  }
  if (readFileSync(file, 'utf8') === fresh) return 0;
  console.error(`${UI_TYPES_FILE} is stale: the API's shapes changed. Run npm run ui-types and commit the result.`);
  return 1;
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
