import { listSome } from '../../../util/list-some.js';
import { daysBetween } from '../facts.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { validity } from './validity.js';

const ex = (validFrom: string) => `  valid_from: ${validFrom}
argument:
  G1: { kind: claim, text: Meridian-4 gives no meaningful uplift on professional CTF tasks., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Professional CTF suite on rc3, evidence: [E1] }
evidence:
  E1: { title: Professional CTF suite, kind: capability-evaluation, source_type: internal-test, date: 2026-01-20, valid_for_days: 90, produced_by: Frontier Risk Evaluations, polarity: supports }
change_control:
  expires: 2026-10-21
`;

export const validityStartUnmet = defineRule({
  meta: {
    id: 'static-claims/validity-start-unmet',
    title: 'Case valid from a date its evidence or its own expiry does not reach',
    failureMode: 'static-claims',
    severity: 'error',
    rationale:
      'A case that becomes valid on a given day must hold on that day. Evidence that lapses before it supports the case on no day the case is in force, and a case that expires before it starts is never in force.',
    docs: `With \`case.valid_from\` set (format 2), reports:

- \`change_control.expires\` before \`valid_from\`: the case lapses before it starts;
- each evidence item cited on the decision path whose validity (\`expires\`, or \`date\` + \`valid_for_days\`, as in \`static-claims/evidence-expired\`) ends before \`valid_from\`: it supports the case on no day the case is valid. Items that state no validity are \`static-claims/evidence-without-validity-window\`.

Fix: renew the evidence (re-run it close to the start) or move the start; check that the expiry comes after the start.`,
    examples: { failing: ex('2026-04-21'), passing: ex('2026-04-14') },
    messages: {
      expiresFirst: 'Case {{case}} expires on {{expires}}, {{days}} days before it becomes valid on {{validFrom}}.',
      evidenceLapses:
        'Evidence item {{item}}, cited by {{citing}}, stops counting before the case becomes valid on {{validFrom}} ({{how}}): it supports the case on no day the case is in force.',
    },
    hints: {
      expiresFirst: 'Set change_control.expires after case.valid_from, or correct the start date.',
      evidenceLapses:
        'Renew {{item}} (re-run it on the decided build close to {{validFrom}}) and register the new result, or move the start date.',
    },
  },
  run({ case: c, facts }) {
    const from = c.header.value.valid_from;
    if (from === undefined) return [];
    const out: Finding[] = [];
    const id = c.header.value.id;
    const cc = c.changeControl;
    const expires = cc?.value.expires;
    if (cc && expires !== undefined && expires < from)
      out.push(
        report(this.meta, {
          messageId: 'expiresFirst',
          data: { case: id, expires, days: daysBetween(expires, from), validFrom: from },
          at: { thing: cc, path: ['expires'] },
          target: id,
        }),
      );
    for (const { item, citing } of facts.pathItems()) {
      const v = validity(item);
      if (!v || v.until >= from) continue;
      out.push(
        report(this.meta, {
          messageId: 'evidenceLapses',
          data: { item: item.id, citing: listSome(citing), validFrom: from, how: v.how },
          at: { thing: item, path: [v.field] },
          target: item.id,
        }),
      );
    }
    return out;
  },
});
