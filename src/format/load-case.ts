// Load a case (src/format/load-core.ts), each file validated with zod: the
// diagnostics for an invalid file are zod's issues, explained. A valid file
// gets a fast yes (src/format/accepts.ts) before zod builds anything.
import type { z } from 'zod';
import { ConfigFileSchema, ModuleFileSchema, RootFileSchema } from '../model/schema.js';
import { type FileKind, type LoadLimits, type LoadResult, loadCaseWith, type SourceReader } from './load-core.js';
import { DEFAULT_LIMITS } from './parse-yaml.js';
import { validate } from './validate.js';

export * from './load-core.js';

const SCHEMAS: Record<FileKind, z.ZodType> = {
  root: RootFileSchema,
  module: ModuleFileSchema,
  config: ConfigFileSchema,
};

/** Load the case whose root file is `root`. */
export function loadCase(root: string, reader: SourceReader, limits: LoadLimits = DEFAULT_LIMITS): LoadResult {
  return loadCaseWith((kind, input) => validate({ schema: SCHEMAS[kind], ...input }), root, reader, limits);
}
