import type { ProposalExecutorKind, RiskClass, ApprovalPolicy } from './proposal-types.ts';

/**
 * The actions a proposal may lead to (DOMAIN §4.4, §5.2, §10.2), as data: which subject each
 * targets, how it is executed, its risk and who must approve. Adding an action = one entry here
 * plus its validator in validate-action.ts.
 */
export interface ActionSpec {
  subjectType: 'panda_task' | 'campaign_task' | 'dataset' | 'campaign';
  executor: ProposalExecutorKind;
  risk: RiskClass;
  policy: ApprovalPolicy;
  reversibility: 'undoable' | 'mitigable' | 'irreversible-by-design';
  summary: string;
}

export const ACTIONS = {
  retry_failures: { subjectType: 'panda_task', executor: 'agent_message', risk: 'medium', policy: 'one_operator', reversibility: 'mitigable', summary: 'Restart the task and retry its failed inputs' },
  add_retry: { subjectType: 'panda_task', executor: 'agent_message', risk: 'medium', policy: 'one_operator', reversibility: 'mitigable', summary: 'Give inputs that ran out of attempts one more attempt' },
  pause: { subjectType: 'panda_task', executor: 'agent_message', risk: 'low', policy: 'one_operator', reversibility: 'undoable', summary: 'Pause the task (resume is manual)' },
  resume: { subjectType: 'panda_task', executor: 'agent_message', risk: 'low', policy: 'one_operator', reversibility: 'undoable', summary: 'Resume a paused or throttled task' },
  abort: { subjectType: 'panda_task', executor: 'agent_message', risk: 'high', policy: 'two_operators', reversibility: 'irreversible-by-design', summary: 'Abort the task: running jobs are killed' },
  set_task_status: { subjectType: 'campaign_task', executor: 'service', risk: 'medium', policy: 'one_operator', reversibility: 'undoable', summary: 'Change the PCS status of a campaign task' },
  submit_task: { subjectType: 'campaign_task', executor: 'agent_message', risk: 'high', policy: 'one_operator', reversibility: 'mitigable', summary: 'Submit a ready campaign task to PanDA' },
  propagation: { subjectType: 'dataset', executor: 'service', risk: 'medium', policy: 'one_operator', reversibility: 'undoable', summary: 'Set the disposition (continue/hold/final) of a dataset' },
  promote_campaign: { subjectType: 'campaign', executor: 'service', risk: 'high', policy: 'two_operators', reversibility: 'undoable', summary: 'Make a campaign the current one (the old current becomes last)' },
} as const satisfies Record<string, ActionSpec>;

export type ProposalAction = keyof typeof ACTIONS;
export const PROPOSAL_ACTIONS = Object.keys(ACTIONS) as [ProposalAction, ...ProposalAction[]];

export const PANDA_OPERATIONS: Partial<Record<ProposalAction, string>> = {
  retry_failures: 'retry_failures',
  add_retry: 'increase_attempts',
  pause: 'pause',
  resume: 'resume',
  abort: 'abort',
};
