// Warrant -> gsn2x. Pure: one gsn2x file per Warrant module. The root module
// becomes index.gsn.yaml when there are several modules (gsn2x's default entry
// point), else <case id>.gsn.yaml; other modules keep their file's stem.
import type { Case, Module } from '../../model/case.js';
import { posixPath as path } from '../../util/posix-path.js';
import { setOwn } from './diag.js';
import { droppedNotes } from './dropped.js';
import { comment, dumpYaml } from './dump.js';
import { toGsn2xElement } from './from-warrant-node.js';
import { claimName, relativeInside, toId, withoutExtension } from './names.js';
import type { Gsn2xFile } from './read-modules.js';

interface Target {
  module: Module;
  isRoot: boolean;
  out: string;
  /** The gsn2x module name. */
  name: string;
  titleDropped: boolean;
}

export function exportGsn2x(c: Case): Gsn2xFile[] {
  const modules = [...c.modules.values()];
  const rootModule = modules.find((m) => m.file === c.root) ?? modules[0];
  if (!rootModule) return [];
  const ordered = [rootModule, ...modules.filter((m) => m !== rootModule)];
  const several = ordered.length > 1;
  const caseId = c.header.value.id;
  const rootDir = path.dirname(c.root);
  const rootOut = several ? 'index.gsn.yaml' : `${caseId}.gsn.yaml`;
  const taken = new Set([rootOut.toLowerCase()]);

  const targets = ordered.map((m): Target => {
    const isRoot = m === rootModule;
    const title = m.header?.title;
    // A title that an import made from a gsn2x name (the id is that name made valid) is the name.
    const titleIsName = title !== undefined && toId(title, m.id) === m.id;
    return {
      module: m,
      isRoot,
      out: isRoot
        ? rootOut
        : claimName(`${withoutExtension(relativeInside(rootDir, m.file))}.gsn.yaml`, taken, '.gsn.yaml'),
      name: titleIsName ? (title as string) : isRoot && !m.header ? caseId : m.id,
      titleDropped: title !== undefined && !titleIsName,
    };
  });
  const byFile = new Map(targets.map((t) => [t.module.file, t]));
  const nameOf = new Map(targets.map((t) => [t.module.id, t.name]));

  return targets.map((t) => {
    const doc: Record<string, unknown> = {};
    const h = t.module.header;
    if (several || h) {
      const header: Record<string, unknown> = { name: t.name };
      if (h?.description) header.brief = h.description;
      const uses = t.module.includes
        .map((inc) => byFile.get(inc))
        .filter((x): x is Target => x !== undefined)
        .map((x) => path.relative(path.dirname(t.out), x.out));
      if (uses.length) header.uses = uses;
      if (h?.extends?.length)
        header.extends = h.extends.map((e) => ({ module: nameOf.get(e.module) ?? e.module, develops: e.develops }));
      doc.module = header;
    }
    const nodeDrops: [string, string[]][] = [];
    for (const n of c.nodes.values()) {
      if (n.module !== t.module.id) continue;
      if (n.id === 'module') {
        // gsn2x reads a top-level `module` entry as the module header.
        nodeDrops.push([n.id, ['the whole node: gsn2x reserves the id `module`']]);
        continue;
      }
      const { id, module: _m, file: _f, pos: _p, ...raw } = n;
      const { element, dropped } = toGsn2xElement(id, raw);
      setOwn(doc, id, element);
      nodeDrops.push([id, dropped]);
    }
    const notes = [
      `Exported from Warrant case ${caseId}${several ? `, module ${t.module.id}` : ''}, by \`warrant export gsn2x\`.`,
      ...droppedNotes(c, t.module, t.isRoot, nodeDrops, t.titleDropped),
    ];
    return { path: t.out, text: comment(notes) + (Object.keys(doc).length ? dumpYaml(doc) : '{}\n') };
  });
}
