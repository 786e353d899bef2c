import { report } from '../messages.js';
import { defineRule } from '../types.js';
import { openDefeaterOnApprovedPath } from './open-defeater-on-approved-path.js';
import { openDefeatersOnPath } from './open-on-path.js';

export const openDefeaterTrackedByCondition = defineRule({
  meta: {
    id: 'countercase-neglect/open-defeater-tracked-by-condition',
    title: 'Approved over an open defeater that a condition tracks',
    failureMode: 'countercase-neglect',
    severity: 'info',
    usesDate: true,
    rationale:
      'Approving with a doubt still open can be the right call when the doubt is owned, dated and written into the decision. It is still a doubt the approval rests on, so the report lists it.',
    docs: `When the decision approves, notes each open defeater on the decision path that is tracked: it has an owner, a due date not yet passed at the \`--as-of\` date, and a decision condition that names it. (Untracked ones are errors: see \`countercase-neglect/open-defeater-on-approved-path\`, which also defines the path.)

Nothing to fix; resolve the defeater by its due date and record how.`,
    examples: {
      failing: openDefeaterOnApprovedPath.meta.examples.passing,
      passing: openDefeaterOnApprovedPath.meta.examples.failing,
    },
    messages: {
      trackedByCondition:
        'The decision approves while defeater {{defeater}} is open against {{target}}; decision condition {{condition}} tracks it (owner {{owner}}, due {{due}}).',
    },
    hints: {
      trackedByCondition: 'Resolve {{defeater}} by {{due}} and record the resolution, or act on the condition.',
    },
  },
  run({ case: c, graph, facts, asOf }) {
    return openDefeatersOnPath(c, graph, facts, asOf)
      .filter((o) => o.missing.length === 0)
      .map((o) =>
        report(this.meta, {
          messageId: 'trackedByCondition',
          data: { defeater: o.defeater.id, target: o.target, condition: o.condition!, owner: o.owner!, due: o.due! },
          at: { thing: o.defeater, path: ['challenges', o.index] },
          target: o.defeater.id,
        }),
      );
  },
});
