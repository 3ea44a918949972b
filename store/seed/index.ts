// Placeholder replaced by the seed generator (being written now): same signature.
import type { Store } from '../db/database.ts';

export type SeedScale = 'demo' | 'large';
export interface SeedOptions {
  scale: SeedScale;
  seed: number;
  /** Reference time the generated history is laid out before; same seed + anchor ⇒ identical data. */
  anchor: Date;
  onProgress?: (message: string, fraction?: number) => void;
}
export type SeedSummary = Record<string, unknown>;

export async function seedDatabase(_store: Store, _options: SeedOptions): Promise<SeedSummary> {
  return {};
}
