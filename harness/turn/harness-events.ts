import type { ModelUsage } from '../model/model-provider.ts';

/** Structured events a surface renders while a turn runs (bot streaming edits, web console, CLI). */
export type HarnessEvent =
  | { type: 'text.delta'; text: string }
  | { type: 'tool.started'; callId: string; name: string; arguments: Record<string, unknown>; round: number }
  | { type: 'tool.finished'; callId: string; name: string; isError: boolean; evidenceId: string | undefined; durationMs: number }
  | { type: 'proposal.created'; ref: string; url: string | undefined }
  | { type: 'turn.finished'; status: TurnStatus; answer: string; usage: ModelUsage; toolRounds: number };

export type TurnStatus = 'completed' | 'budget_exhausted' | 'cancelled' | 'failed';
