// Ids defined in two gsn2x modules (gsn2x C07, Warrant L11) and module
// names used twice (gsn2x C06, Warrant L12). Either makes the import fail.
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Loc } from '../../model/loc.js';
import { locIn } from './diag.js';
import type { Gsn2xModule } from './read-modules.js';

export function findDuplicates(modules: readonly Gsn2xModule[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, Loc>();
  for (const m of modules) {
    for (const id of Object.keys(m.value)) {
      if (id === 'module') continue;
      const here = locIn(m.path, m.pos, [id], true);
      const prev = first.get(id);
      if (!prev) {
        first.set(id, here);
        continue;
      }
      out.push({
        code: 'L11',
        severity: 'error',
        ...here,
        message: `Duplicate id \`${id}\`: already defined ${prev.file === here.file ? `on line ${prev.line}` : 'in another module'}.`,
        hint: 'Ids must be unique across all modules (gsn2x C07). Rename one of them and update its references, or import these modules separately.',
        target: id,
        related: [{ ...prev, message: 'first defined here' }],
      });
    }
  }
  const names = new Map<string, Loc>();
  for (const m of modules) {
    const name = m.header?.name;
    if (name === undefined) continue;
    const prev = names.get(name);
    if (!prev) {
      names.set(name, m.header?.at ?? { file: m.path, line: 1, col: 1 });
      continue;
    }
    const here = m.header?.at ?? { file: m.path, line: 1, col: 1 };
    out.push({
      code: 'L12',
      severity: 'error',
      ...here,
      message: `Module name \`${name}\` is used twice: also by ${prev.file}:${prev.line}:${prev.col}.`,
      hint: 'Module names must be unique (gsn2x C06). Rename one of the modules.',
      related: [{ ...prev, message: 'first used here' }],
    });
  }
  return out;
}
