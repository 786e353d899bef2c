// Load a case without zod, for `warrant check`: zod and the schemas built
// with it cost more at start-up than the rest of checking a small case, and
// they are needed only to explain an invalid file. Each file is checked
// against the shapes generated from the schemas (src/format/file-shapes.generated.ts,
// the same yes as src/format/accepts.ts gives); the first file they do not
// accept ends the load with no result, and the caller loads the case again
// with src/format/load-case.ts, whose zod issues make the diagnostics.
import { FILE_SHAPES } from './file-shapes.generated.js';
import { type FileKind, type LoadLimits, type LoadResult, loadCaseWith, type SourceReader } from './load-core.js';
import { DEFAULT_LIMITS } from './parse-yaml.js';
import { type Accept, ShapeCompiler } from './shape.js';

let compiled: Record<FileKind, Accept> | undefined;

function acceptors(): Record<FileKind, Accept> {
  if (!compiled) {
    const c = new ShapeCompiler(FILE_SHAPES.table);
    const { root, module, config } = FILE_SHAPES.roots;
    compiled = { root: c.accept(root), module: c.accept(module), config: c.accept(config) };
  }
  return compiled;
}

/** Thrown out of the load when a file needs zod's explanation. */
class NeedsZod {}

/** The case loaded as `loadCase` would load it, or undefined when a file is not valid (load it with `loadCase`). */
export function loadCaseFast(
  root: string,
  reader: SourceReader,
  limits: LoadLimits = DEFAULT_LIMITS,
): LoadResult | undefined {
  const accept = acceptors();
  try {
    return loadCaseWith(
      (kind, { data }) => {
        if (!accept[kind](data)) throw new NeedsZod();
        return [];
      },
      root,
      reader,
      limits,
    );
  } catch (e) {
    if (e instanceof NeedsZod) return undefined;
    throw e;
  }
}
