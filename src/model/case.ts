// The typed, located case: what every check, analysis and renderer reads.
// Built by src/format from the files; it holds no file handles and no clock.
import type { Located, PosTree } from './loc.js';
import type {
  Acceptability,
  CaseHeader,
  ChangeControl,
  Decision,
  FormatVersion,
  ModuleHeader,
  OperationalContext,
  Publication,
  RawCriterion,
  RawEvidenceItem,
  RawNode,
  RawRisk,
  RuleSetting,
  Suppression,
} from './schema.js';
import type { Polarity } from './vocab.js';

/** Which module an element lives in and where it was written. */
export interface Placed extends Located {
  id: string;
  module: string;
}

export type ArgNode = RawNode & Placed;
export type NodeOf<K extends RawNode['kind']> = Extract<RawNode, { kind: K }> & Placed;
/** An evidence item as loaded: its polarity is given, or read from the defeater that cites it (format 2). */
export type EvidenceItem = RawEvidenceItem & { polarity: Polarity } & Placed;
export type Risk = RawRisk & Placed;
export type Criterion = RawCriterion & Placed;

export interface Module extends Located {
  id: string;
  header?: ModuleHeader;
  /** Files this module's file includes, in order. */
  includes: string[];
}

/** A section of the root file with its positions (context, decision, ...). */
export interface Section<T> extends Located {
  value: T;
}

export interface Case {
  /** The root file. */
  root: string;
  /** The format version the root file declares (`warrant:`): it decides how absent format-2 fields read. */
  format: FormatVersion;
  header: Section<CaseHeader>;
  context?: Section<OperationalContext>;
  acceptability?: Section<Acceptability>;
  decision?: Section<Decision>;
  changeControl?: Section<ChangeControl>;
  publication?: Section<Publication>;
  /** Rule settings and suppressions: from the root file, then from a .warrant.yaml beside it. */
  config: Section<RuleConfigValue>[];
  /** In file order, then key order: iteration order is the output order. */
  nodes: Map<string, ArgNode>;
  evidence: Map<string, EvidenceItem>;
  risks: Map<string, Risk>;
  criteria: Map<string, Criterion>;
  modules: Map<string, Module>;
  /** Every file loaded, root first. */
  files: string[];
}

export interface RuleConfigValue {
  rules?: Record<string, RuleSetting>;
  suppressions?: Suppression[];
}

export type { PosTree };
