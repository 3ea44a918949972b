import type { SeedScale } from './types.ts';

export interface SiteFailureFact {
  site: string;
  finalFailed: number;
  finished: number;
  /** n_final_failed / (n_final_failed + n_files_finished) over the site's tasks (DOMAIN §4.2 "final"). */
  fraction: number;
}

export interface ErrorFact {
  component: string;
  code: number;
  diag: string;
  count: number;
}

export interface SeedSummary {
  seed: number;
  scale: SeedScale;
  anchor: string;
  /** Row count of every table in the public schema. */
  tables: Record<string, number>;
  campaigns: {
    current: string;
    last: string;
    future: string[];
    past: string[];
    /** Rucio arrivals within campaign_producing_window_days (3) before the anchor. */
    producing: string[];
    cloned: { name: string; cloneOf: string }[];
  };
  tags: { locked: number; draft: number };
  statuses: {
    prodTask: Record<string, number>;
    request: Record<string, number>;
    pandaTask: Record<string, number>;
    job: Record<string, number>;
  };
  sites: { alarm: SiteFailureFact; attention: SiteFailureFact; all: SiteFailureFact[] };
  errors: {
    top: ErrorFact[];
    bySite: Record<string, ErrorFact[]>;
    /** Diags seen failing jobs at more than one site, with those sites. */
    multiSite: { diag: string; sites: string[] }[];
  };
  taskWithMostFailedJobs: { jediTaskId: number; taskName: string; composedName: string; site: string; failedJobs: number; topError: ErrorFact };
  twoBlockDataset: { composedName: string; dids: string[] };
  try2Task: { jediTaskId: number; taskName: string; composedName: string; previousJediTaskId: number };
  unrecordedSubmission: { jediTaskId: number; taskName: string; prodTaskStatus: string };
  agents: { healthy: string[]; stale: string[]; exited: string[] };
  pendingProposals: string[];
  latestCatalogSync: string | null;
  jobsLast24h: { total: number; failed: number };
}
