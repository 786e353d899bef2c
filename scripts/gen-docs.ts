// Regenerate the generated docs (npm run docs): docs/checks.md and the JSON Schema.
import fs from 'node:fs';
import { checksMarkdown } from '../src/check/code-docs.js';
import { caseJsonSchemaText } from '../src/format/json-schema.js';

fs.writeFileSync(new URL('../docs/checks.md', import.meta.url), checksMarkdown());
fs.writeFileSync(new URL('../schema/warrant.schema.json', import.meta.url), caseJsonSchemaText());
console.log('wrote docs/checks.md and schema/warrant.schema.json');
