// The countercase-neglect rules, in the order the docs list them.
import { acceptedWithoutSignOff } from './accepted-without-sign-off.js';
import { conditionOverdue } from './condition-overdue.js';
import { highSeverityBranchWithoutDefeaters } from './high-severity-branch-without-defeaters.js';
import { mitigatedByPlan } from './mitigated-by-plan.js';
import { noCountercase } from './no-countercase.js';
import { openDefeaterOnApprovedPath } from './open-defeater-on-approved-path.js';
import { openDefeaterTrackedByCondition } from './open-defeater-tracked-by-condition.js';
import { refutedWithoutEvidence } from './refuted-without-evidence.js';
import { underminingEvidenceNotInDefeater } from './undermining-evidence-not-in-defeater.js';

export const countercaseNeglectRules = [
  noCountercase,
  highSeverityBranchWithoutDefeaters,
  underminingEvidenceNotInDefeater,
  openDefeaterOnApprovedPath,
  openDefeaterTrackedByCondition,
  conditionOverdue,
  mitigatedByPlan,
  acceptedWithoutSignOff,
  refutedWithoutEvidence,
] as const;
