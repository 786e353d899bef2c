// S29, S30, S31: modules that develop another module's undeveloped claims (gsn2x's templates).

import type { Module } from '../../model/case.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { withArticle } from '../../util/article.js';
import { listSome } from '../../util/list-some.js';
import { report } from '../report.js';
import type { CheckContext, StructureCheck } from '../types.js';

const template =
  'module: { id: template }\nargument:\n  G2: { kind: claim, text: Hazards are controlled., undeveloped: true }\n  G3: { kind: claim, text: Already argued here., supported_by: [Sn3] }\n  Sn3: { kind: evidence, text: Hazard log review, evidence: [E1] }\nevidence:\n  E1: { title: Hazard log review, kind: external-audit, source_type: third-party-evaluation, date: 2026-09-01, produced_by: Auditor, polarity: supports }\n';
const root =
  'includes: [template.yaml, instance.yaml]\nargument:\n  G1: { kind: claim, text: Safe., supported_by: [G2, G3] }\n';
const instance = (ext: string) =>
  `module:\n  id: instance\n  extends:\n    - ${ext}\nargument:\n  G4: { kind: claim, text: Each hazard is controlled by a tested safeguard., undeveloped: true }\n`;

interface Develop {
  mod: Module;
  extIndex: number;
  target: string;
  devs: string[];
  module: string;
}

function develops({ case: c }: CheckContext): Develop[] {
  const out: Develop[] = [];
  for (const mod of c.modules.values()) {
    (mod.header?.extends ?? []).forEach((ext, extIndex) => {
      for (const [target, devs] of Object.entries(ext.develops))
        out.push({ mod, extIndex, target, devs, module: ext.module });
    });
  }
  return out;
}

export const unknownExtendedModule: StructureCheck = {
  meta: {
    code: 'S29',
    name: 'unknown-extended-module',
    title: 'Module extends a module that does not exist',
    severity: 'error',
    gsn2x: 'C09',
    description: "A module header's `extends` names a module id that no file of the case declares.",
    examples: {
      failing: {
        'warrant.yaml': root,
        'template.yaml': template,
        'instance.yaml': instance('{ module: templat, develops: { G2: [G4] } }'),
      },
      passing: {
        'warrant.yaml': root,
        'template.yaml': template,
        'instance.yaml': instance('{ module: template, develops: { G2: [G4] } }'),
      },
    },
  },
  run(ctx) {
    const out: Diagnostic[] = [];
    for (const mod of ctx.case.modules.values()) {
      (mod.header?.extends ?? []).forEach((ext, i) => {
        if (!ctx.case.modules.has(ext.module))
          out.push(
            report(
              this.meta,
              { thing: mod, path: ['module', 'extends', i, 'module'] },
              `Module ${mod.id} extends \`${ext.module}\`, which is not a module of this case.`,
              `Include the module's file, or correct the id. Modules: ${listSome(ctx.case.modules.keys())}.`,
              { target: mod.id },
            ),
          );
      });
    }
    return out;
  },
};

export const invalidDevelops: StructureCheck = {
  meta: {
    code: 'S30',
    name: 'invalid-develops',
    title: 'Developed node missing from its module or not undeveloped',
    severity: 'error',
    gsn2x: 'C10',
    description:
      'A module may only develop nodes that exist in the module it extends and that are marked undeveloped there; otherwise two arguments claim the same ground.',
    examples: {
      failing: {
        'warrant.yaml': root,
        'template.yaml': template,
        'instance.yaml': instance('{ module: template, develops: { G3: [G4] } }'),
      },
      passing: {
        'warrant.yaml': root,
        'template.yaml': template,
        'instance.yaml': instance('{ module: template, develops: { G2: [G4] } }'),
      },
    },
  },
  run(ctx) {
    const out: Diagnostic[] = [];
    for (const d of develops(ctx)) {
      if (!ctx.case.modules.has(d.module)) continue;
      const n = ctx.case.nodes.get(d.target);
      const at = { thing: d.mod, path: ['module', 'extends', d.extIndex, 'develops', d.target] };
      if (!n || n.module !== d.module)
        out.push(
          report(
            this.meta,
            at,
            `Module ${d.mod.id} develops ${d.target}, which is not a node of module ${d.module}.`,
            `Name an undeveloped node of ${d.module}.`,
            { target: d.mod.id },
          ),
        );
      else if (!((n.kind === 'claim' || n.kind === 'strategy') && n.undeveloped))
        out.push(
          report(
            this.meta,
            at,
            `Module ${d.mod.id} develops ${d.target}, which is not marked undeveloped in ${d.module}.`,
            `Only undeveloped claims and strategies can be developed by another module; mark ${d.target} \`undeveloped: true\` or develop another node.`,
            { target: d.mod.id },
          ),
        );
    }
    return out;
  },
};

export const developsNotLocal: StructureCheck = {
  meta: {
    code: 'S31',
    name: 'develops-not-local',
    title: 'Developing node not in the extending module',
    severity: 'error',
    gsn2x: 'V07',
    description:
      'The nodes that develop an extended node must be claims, strategies or evidence of the extending module itself.',
    examples: {
      failing: {
        'warrant.yaml': root,
        'template.yaml': template,
        'instance.yaml': instance('{ module: template, develops: { G2: [G5] } }'),
      },
      passing: {
        'warrant.yaml': root,
        'template.yaml': template,
        'instance.yaml': instance('{ module: template, develops: { G2: [G4] } }'),
      },
    },
  },
  run(ctx) {
    const out: Diagnostic[] = [];
    for (const d of develops(ctx)) {
      d.devs.forEach((id, i) => {
        const n = ctx.case.nodes.get(id);
        const at = { thing: d.mod, path: ['module', 'extends', d.extIndex, 'develops', d.target, i] };
        if (!n || n.module !== d.mod.id)
          out.push(
            report(
              this.meta,
              at,
              `${id} develops ${d.target} but is not a node of module ${d.mod.id}.`,
              `Define ${id} in module ${d.mod.id}, or correct the id.`,
              { target: d.mod.id },
            ),
          );
        else if (!['claim', 'strategy', 'evidence'].includes(n.kind))
          out.push(
            report(
              this.meta,
              at,
              `${id} develops ${d.target} but is ${withArticle(n.kind)}; only claims, strategies and evidence can.`,
              'Develop with a claim, strategy or evidence node.',
              { target: d.mod.id },
            ),
          );
      });
    }
    return out;
  },
};
