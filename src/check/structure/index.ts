// Every structural check, in code order.
import type { StructureCheck } from '../types.js';
import { alternativesExceedSupport, alternativesWithoutChoice } from './alternatives.js';
import {
  challengedLinkEndMissing,
  challengedLinkNotFound,
  challengedLinkSameEnds,
  challengedNodeMissing,
  defeaterChallengesItself,
  defeaterChallengesNothing,
} from './challenges.js';
import { unresolvedContextRef } from './context-references.js';
import { danglingReference } from './dangling-reference.js';
import { acpReference, defeatedRelationUnknown, defeatedUnchallenged } from './dialectic.js';
import { duplicateReference } from './duplicate-reference.js';
import { evidenceNodeWithoutItems, unknownEvidenceItem, unusedEvidenceItem } from './evidence-references.js';
import { invalidLinkKind } from './invalid-link-kind.js';
import { developsNotLocal, invalidDevelops, unknownExtendedModule } from './module-extends.js';
import { unknownRedactionTarget } from './redaction-targets.js';
import { unaddressedRisk, unknownCriterion, unknownRisk } from './risk-references.js';
import { multipleRoots, noRoot, rootNotClaim } from './roots.js';
import { unknownScopeReference } from './scope-references.js';
import { selfReference } from './self-reference.js';
import { supportCycle } from './support-cycle.js';
import { undevelopedWithSupport } from './undeveloped-with-support.js';
import { unreachableNode } from './unreachable.js';
import { unsupportedClaim } from './unsupported-claim.js';

export const STRUCTURE_CHECKS: readonly StructureCheck[] = [
  unsupportedClaim,
  undevelopedWithSupport,
  invalidLinkKind,
  duplicateReference,
  selfReference,
  danglingReference,
  noRoot,
  multipleRoots,
  rootNotClaim,
  supportCycle,
  unreachableNode,
  defeaterChallengesNothing,
  defeaterChallengesItself,
  challengedNodeMissing,
  challengedLinkEndMissing,
  challengedLinkSameEnds,
  challengedLinkNotFound,
  defeatedUnchallenged,
  defeatedRelationUnknown,
  acpReference,
  unknownEvidenceItem,
  unusedEvidenceItem,
  unaddressedRisk,
  unknownRisk,
  unknownCriterion,
  unresolvedContextRef,
  evidenceNodeWithoutItems,
  unknownExtendedModule,
  invalidDevelops,
  developsNotLocal,
  unknownRedactionTarget,
  unknownScopeReference,
  alternativesExceedSupport,
  alternativesWithoutChoice,
];
