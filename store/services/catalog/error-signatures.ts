/**
 * Folds the few hundred (signature × site × user × outcome) groups of one rollup scan into the
 * error-summary totals and ranked signatures. One hash-aggregated scan plus this fold replaces
 * four sort-based aggregations over the same window (≈4× less work at the large scale); the
 * orderings reproduce the SQL ones (count desc, then component, then code; sites by count, then name).
 */

export interface OutcomeGroup {
  error_component: string;
  error_code: number;
  site: string;
  username: string;
  faulty: boolean;
  n: number;
}

export interface SignatureFold {
  error_component: string;
  error_code: number;
  count: number;
  sites: Map<string, number>;
  users: Set<string>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function foldTotals(groups: OutcomeGroup[]) {
  let faulty = 0;
  let finished = 0;
  const signatures = new Set<string>();
  for (const g of groups) {
    if (!g.faulty) finished += g.n;
    else {
      faulty += g.n;
      if (g.error_code !== 0) signatures.add(`${g.error_component}\u0000${g.error_code}`);
    }
  }
  return { faulty, finished, signatures: signatures.size };
}

/** Faulty groups with an error, by signature, ranked; `component` narrows as the tool's filter does. */
export function foldSignatures(groups: OutcomeGroup[], component: string | undefined, limit: number): SignatureFold[] {
  const folds = new Map<string, SignatureFold>();
  for (const g of groups) {
    if (!g.faulty || g.error_code === 0 || (component && g.error_component !== component)) continue;
    const id = `${g.error_component}\u0000${g.error_code}`;
    const fold = folds.get(id) ?? { error_component: g.error_component, error_code: g.error_code, count: 0, sites: new Map(), users: new Set() };
    folds.set(id, fold);
    fold.count += g.n;
    fold.sites.set(g.site, (fold.sites.get(g.site) ?? 0) + g.n);
    fold.users.add(g.username);
  }
  return [...folds.values()]
    .sort((a, b) => b.count - a.count || byText(a.error_component, b.error_component) || a.error_code - b.error_code)
    .slice(0, limit);
}

export function siteCounts(fold: SignatureFold): Record<string, number> {
  return Object.fromEntries([...fold.sites].sort((a, b) => b[1] - a[1] || byText(a[0], b[0])));
}

export function sortedUsers(fold: SignatureFold): string[] {
  return [...fold.users].sort(byText);
}
