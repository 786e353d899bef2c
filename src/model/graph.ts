// The argument graph: one index of the case's links, built once per case, and
// the named walks over it. The code lives in graph/; this module is its door.
export { Adjacency, LinkList } from './graph/adjacency.js';
export {
  buildGraph,
  CaseGraph,
  type CaseLink,
  type Challenge,
  LINK_ARROW,
  linkKey,
  type NodeRefField,
  parseChallenge,
  RESTS_ON,
  type Ref,
} from './graph/case-graph.js';
export { LinkGraph, type NodeRef, type NodeRefs, type Via } from './graph/link-graph.js';
export { type NodeNames, NodeSet } from './graph/node-set.js';
export {
  backLinks,
  bitsBelow,
  cycles,
  DepthFirst,
  firstMarked,
  type Guide,
  guidedSearch,
  levels,
  maxAbove,
  postOrder,
  type ReachOptions,
  reachOrder,
  shortestPath,
  topologicalOrder,
  WalkScratch,
} from './graph/walks.js';
