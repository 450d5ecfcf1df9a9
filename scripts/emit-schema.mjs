// Writes schema/case.schema.json from the zod schema (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { caseJsonSchemaText } from '../dist/src/case/json-schema.js';

writeFileSync(new URL('../schema/case.schema.json', import.meta.url), caseJsonSchemaText());
console.log('schema/case.schema.json written');
