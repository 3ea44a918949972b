import type { SeedScale } from './types.ts';

/** Everything that differs between scales; the generators are the same code. */
export interface ScaleParams {
  /** Reco datasets (one campaign task each) per producing campaign family. */
  datasetsPerCampaign: number;
  /** Campaign tasks imported as `past_output` per older three-field campaign. */
  pastOutputPerCampaign: number;
  /** Mean input files per PanDA task (jobs ≈ files × (1 + retries)). */
  meanFilesPerTask: number;
  /** Failures of the alarm task 38511 should reach thousands at large scale. */
  alarmTaskFiles: number;
  /** Multi-row INSERT size for drizzle-inserted tables. */
  insertBatch: number;
  /** Action-stream records over the last 14 days. */
  actionRecords: number;
  /** Sample-name variants that multiply datasets per physics tag. */
  sampleVariants: number;
}

export const SCALES: Record<SeedScale, ScaleParams> = {
  demo: {
    datasetsPerCampaign: 40,
    pastOutputPerCampaign: 3,
    meanFilesPerTask: 100,
    alarmTaskFiles: 450,
    insertBatch: 1000,
    actionRecords: 320,
    sampleVariants: 1,
  },
  large: {
    datasetsPerCampaign: 1660,
    pastOutputPerCampaign: 40,
    meanFilesPerTask: 170,
    alarmTaskFiles: 990,
    insertBatch: 1000,
    actionRecords: 3000,
    sampleVariants: 40,
  },
};
