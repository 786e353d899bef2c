// A parsed evaluation run for the evidence tests, shared by the mapping and
// the import-planning tests (kept out of a *.test.ts file so that importing it
// does not run another file's tests again).
import type { EvalRun } from '../../src/evidence/eval-run.js';

/** The run of the security_guide fixture, as the reader records it. */
export function securityGuideRun(over: Partial<EvalRun> = {}): EvalRun {
  return {
    artefact: {
      path: 'logs/security-guide.json',
      sha256: '44f6203d88252de0c33f76c948ad7c537b412cff628c704e9a5449ffba9d5a34',
      bytes: 110518,
      format: 'inspect-json',
      formatVersion: 2,
    },
    framework: { name: 'inspect_ai', version: '0.3.95.dev16+g6527d0861' },
    ids: { run: 'SGXvsm4KEQwf7JZmPLCGZF', eval: 'f9WtbTGsrMUNXppXPbR9sq' },
    task: {
      name: 'security_guide',
      registryName: 'security_guide',
      version: 0,
      file: 'examples/security_guide.py',
      id: 'RG8KWJgCmkSMGnpMAqiAGH',
      dataset: { name: 'security_guide', location: 'example://security_guide', samples: 16 },
    },
    model: { requested: 'openai/gpt-4o-mini', reported: ['gpt-4o-mini-2024-07-18'], reportedFrom: 'sample-output' },
    plan: { name: 'plan', steps: [{ solver: 'system_message' }, { solver: 'generate' }] },
    revision: { type: 'git', origin: 'git@github.com:UKGovernmentBEIS/inspect_ai.git', commit: 'e9a9d7161' },
    times: {
      created: '2025-05-12T20:28:26-04:00',
      started: '2025-05-12T20:28:26-04:00',
      completed: '2025-05-12T20:28:36-04:00',
    },
    samples: { total: 3, completed: 3, epochs: 1 },
    scores: [
      {
        name: 'model_graded_fact',
        scorer: 'model_graded_fact',
        metrics: [
          { name: 'accuracy', value: 0.6 },
          { name: 'stderr', value: 0.1 },
        ],
      },
    ],
    outcome: { status: 'success' },
    notes: [],
    ...over,
  };
}
