import type { Store } from '../db/database.ts';

export type SeedScale = 'demo' | 'large';

export interface SeedOptions {
  scale: SeedScale;
  seed: number;
  /** Reference time the generated history is laid out before; same seed + anchor ⇒ identical data. */
  anchor: Date;
  onProgress?: (message: string, fraction?: number) => void;
}

export type { Store };
