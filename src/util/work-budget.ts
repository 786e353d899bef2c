// Work that is done once per finding and can cost as much as the whole case:
// a walk below each reported node, where the reported nodes share what lies
// below them (many claims resting on one long branch), is quadratic in total.
// Such work draws on one budget per run, linear in the case; once it is spent,
// the findings that remain leave out the detail the work would have given.

/** Nodes a run may visit for per-finding detail: this many per node of the case, and at least a million. */
const VISITS_PER_NODE = 8;
const MIN_VISITS = 1_000_000;

export class WorkBudget {
  private left: number;

  constructor(limit: number) {
    this.left = limit;
  }

  /** For a case of `nodes` nodes. */
  static forCase(nodes: number): WorkBudget {
    return new WorkBudget(Math.max(MIN_VISITS, VISITS_PER_NODE * nodes));
  }

  /** True while some of the budget is left: one more piece of work may be done (and then spent). */
  get available(): boolean {
    return this.left > 0;
  }

  spend(amount: number): void {
    this.left -= amount;
  }
}
