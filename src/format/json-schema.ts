// The JSON Schema of the case format, generated from the zod schemas the
// loader validates with. Draft-07, because that is what editors (the YAML
// language server) support best.
import { z } from 'zod';
import { ModuleFileSchema, RootFileSchema } from '../model/schema.js';

export const SCHEMA_ID = 'https://warrant.dev/schema/warrant.schema.json';

export function caseJsonSchema(): Record<string, unknown> {
  const body = z.toJSONSchema(z.union([RootFileSchema, ModuleFileSchema]), {
    target: 'draft-7',
    unrepresentable: 'any',
    reused: 'inline',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = body;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Warrant safety case',
    description:
      'A Warrant safety case root file (warrant.yaml) or a module file it includes. Generated from src/model/schema.ts; do not edit by hand.',
    ...rest,
  };
}

export function caseJsonSchemaText(): string {
  return `${JSON.stringify(caseJsonSchema(), null, 2)}\n`;
}
