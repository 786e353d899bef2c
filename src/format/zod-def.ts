// Reading zod 4's schema definitions. Three modules walk the format's schema
// alongside the data (the fast accepts-check, the `__proto__` check and the
// diagnostics' hints); they share this one reading of zod's internals, so a
// zod upgrade that moves a field is mended in one place.
import type { z } from 'zod';

/** The parts of zod 4's definitions that Warrant reads. */
export interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  entries?: Record<string, unknown>;
  values?: unknown[];
  in?: z.ZodType;
}

/** A check's definition (min, max, length, format, pattern...). */
export interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

export const defOf = (s: z.ZodType): Def => (s as unknown as { def: Def }).def;

/** A plain mapping (not null, not a list): what YAML and JSON parse a mapping to. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
