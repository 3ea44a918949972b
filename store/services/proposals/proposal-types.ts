import type { APPROVAL_POLICIES, PROPOSAL_EXECUTORS, RISK_CLASSES } from '../../schema/enums.ts';

export type ProposalExecutorKind = (typeof PROPOSAL_EXECUTORS)[number];
export type RiskClass = (typeof RISK_CLASSES)[number];
export type ApprovalPolicy = (typeof APPROVAL_POLICIES)[number];

/** What a validator derives from the live state: the frozen payload and what must still hold at approval. */
export interface ValidatedAction {
  subjectKey: string;
  counterpartKey?: string;
  payload: Record<string, unknown>;
  precondition: Record<string, unknown>;
  impactPreview: Record<string, unknown>;
  /** Code-written facts; the model's reason is appended as a judgment fragment. */
  facts: string;
}
