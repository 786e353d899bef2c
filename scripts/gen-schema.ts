// Regenerate schema/warrant.schema.json from src/model/schema.ts (npm run schema).
import fs from 'node:fs';
import { caseJsonSchemaText } from '../src/format/json-schema.js';

fs.writeFileSync(new URL('../schema/warrant.schema.json', import.meta.url), caseJsonSchemaText());
console.log('wrote schema/warrant.schema.json');
