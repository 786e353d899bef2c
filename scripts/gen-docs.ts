// Regenerate the generated docs (npm run docs): docs/checks.md, docs/rules/
// the JSON Schema and the loader's fast-path shapes
// (src/format/file-shapes.generated.ts). Stale rule pages are removed.
import fs from 'node:fs';
import path from 'node:path';
import { checksMarkdown } from '../src/check/code-docs.js';
import { RULES } from '../src/check/rules/index.js';
import { ruleDocFiles } from '../src/check/rules/rule-docs.js';
import { FILE_SHAPES_PATH, fileShapesText } from '../src/format/file-shapes-text.js';
import { caseJsonSchemaText } from '../src/format/json-schema.js';

const root = new URL('..', import.meta.url).pathname;
fs.writeFileSync(path.join(root, 'docs/checks.md'), checksMarkdown());
fs.writeFileSync(path.join(root, 'schema/warrant.schema.json'), caseJsonSchemaText());
fs.writeFileSync(path.join(root, FILE_SHAPES_PATH), fileShapesText());
const rulesDir = path.join(root, 'docs/rules');
fs.rmSync(rulesDir, { recursive: true, force: true });
for (const [rel, text] of ruleDocFiles(RULES)) {
  fs.mkdirSync(path.dirname(path.join(rulesDir, rel)), { recursive: true });
  fs.writeFileSync(path.join(rulesDir, rel), text);
}
console.log(
  `wrote docs/checks.md, docs/rules/ (${RULES.length} rules), schema/warrant.schema.json and ${FILE_SHAPES_PATH}`,
);
