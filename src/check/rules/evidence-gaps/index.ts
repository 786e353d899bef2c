// The evidence-gaps rules, in the order the docs list them.
import { boundBeyondSample } from './bound-beyond-sample.js';
import { boundOnWrongSide } from './bound-on-wrong-side.js';
import { boundThresholdWithoutInterval } from './bound-threshold-without-interval.js';
import { confidenceBelowCriterion } from './confidence-below-criterion.js';
import { inabilityWithoutElicitation } from './inability-without-elicitation.js';
import { inabilityWithoutElicitationLowRisk } from './inability-without-elicitation-low-risk.js';
import { inabilityWithoutSandbaggingCheck } from './inability-without-sandbagging-check.js';
import { intervalBoundFailsThreshold } from './interval-bound-fails-threshold.js';
import { noUncertaintyReported } from './no-uncertainty-reported.js';
import { pointEstimateFailsThreshold } from './point-estimate-fails-threshold.js';
import { proxyTaskWithoutJustification } from './proxy-task-without-justification.js';
import { riskWithoutDevelopedArgument } from './risk-without-developed-argument.js';
import { smallSample } from './small-sample.js';
import { statisticMismatch } from './statistic-mismatch.js';

export const evidenceGapsRules = [
  riskWithoutDevelopedArgument,
  inabilityWithoutElicitation,
  inabilityWithoutElicitationLowRisk,
  inabilityWithoutSandbaggingCheck,
  proxyTaskWithoutJustification,
  smallSample,
  intervalBoundFailsThreshold,
  pointEstimateFailsThreshold,
  noUncertaintyReported,
  boundThresholdWithoutInterval,
  boundOnWrongSide,
  confidenceBelowCriterion,
  statisticMismatch,
  boundBeyondSample,
] as const;
