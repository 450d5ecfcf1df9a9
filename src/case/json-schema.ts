/** The JSON Schema of case.json, emitted from the zod schema so the two never disagree. */
import { z } from 'zod';
import { caseSchema } from './schema.js';

/** Lets every object carry "//" comment keys, as the loader ignores them. */
function allowComments(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(allowComments);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  if (obj.type === 'object' && obj.properties) obj.patternProperties = { '^//': {} };
  for (const v of Object.values(obj)) allowComments(v);
}

export function caseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(caseSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  allowComments(schema);
  return {
    ...schema,
    $id: 'https://evidence-pack.invalid/schema/case.schema.json',
    title: 'evidence-pack case.json (schema version 1)',
    description:
      'A case folder\'s case.json: seller, notice, products, suppliers, documents, actions taken and the narrative of each section. Keys starting with "//" are comments.',
  };
}

export function caseJsonSchemaText(): string {
  return `${JSON.stringify(caseJsonSchema(), null, 2)}\n`;
}
