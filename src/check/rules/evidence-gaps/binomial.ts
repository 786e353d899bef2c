// The least a confidence bound on a proportion can be, given the sample size:
// with n trials and no events, no standard method (Clopper-Pearson, Wilson,
// Jeffreys, Bayesian with a uniform prior) bounds the rate below the Jeffreys
// bound, the most lenient of them. A reported bound below it cannot be right.

/** The error function, Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7). */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return x >= 0 ? y : -y;
}

/** The standard normal quantile, by bisection on erf (enough for bounds quoted to two or three digits). */
export function normalQuantile(p: number): number {
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (0.5 * (1 + erf(mid / Math.SQRT2)) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The smallest one-sided upper bound on a proportion, at confidence `level`,
 * that `n` trials can give (no events observed): the Jeffreys bound, the
 * quantile of Beta(1/2, n + 1/2), approximated as q / (q + n + 1/2) with q the
 * quantile of Gamma(1/2), which is z^2 / 2 for z the normal quantile at (1 + level) / 2.
 * For level 0.95 it is about 1.92 / n (the exact Clopper-Pearson bound, the "rule of three", is 3 / n).
 */
export function leastUpperBound(n: number, level: number): number {
  const z = normalQuantile((1 + level) / 2);
  const q = (z * z) / 2;
  return q / (q + n + 0.5);
}

/** The fewest trials whose least upper bound at `level` is at most `ceiling`. */
export function trialsToShow(ceiling: number, level: number): number {
  const z = normalQuantile((1 + level) / 2);
  const q = (z * z) / 2;
  return Math.max(1, Math.ceil((q * (1 - ceiling)) / ceiling - 0.5));
}
