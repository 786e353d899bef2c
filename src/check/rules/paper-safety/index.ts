// The paper-safety rules, in the order the docs list them.
import type { Rule } from '../types.js';
import { absoluteClaimSampledEvidence } from './absolute-claim-sampled-evidence.js';

export const paperSafetyRules: Rule[] = [absoluteClaimSampledEvidence];
