import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

/** Prompt templates for the two most common investigations; they name the tools to call in order. */
export function registerPrompts(server: McpServer): void {
  server.registerPrompt(
    'summarize-campaign',
    { title: 'Summarize a campaign', description: 'Status of a campaign today: progress, failures, arrivals, verdict', argsSchema: { campaign: z.string().optional().describe('Campaign version, e.g. 26.07.0; default the current one') } },
    ({ campaign }) => ({
      messages: [{
        role: 'user',
        content: {
          type: 'text',
          text: `Summarize campaign ${campaign ?? '(the current one)'}: call campaign-status${campaign ? ` with campaign=${campaign}` : ''}, then error-summary and site-health for the same campaign over 24 h. ` +
            'Report progress, the final failure rate, the top error signatures (say whether they are multi-site), Rucio arrivals and the verdict floor. Cite evidence ids; every number must come from a tool result.',
        },
      }],
    }),
  );
  server.registerPrompt(
    'why-did-task-fail',
    { title: 'Why did a task fail?', description: 'Diagnose a PanDA task: errors, sites, payload vs site', argsSchema: { jedi_task_id: z.string().describe('JEDI task id') } },
    ({ jedi_task_id }) => ({
      messages: [{
        role: 'user',
        content: {
          type: 'text',
          text: `Explain why PanDA task ${jedi_task_id} is failing: call get-panda-task, then error-summary with jedi_task_id=${jedi_task_id}, then diagnose-failed-jobs for the top signature and get-job for one example. ` +
            'Say whether it looks like the payload or the site (multi_site errors point away from the site), and what an operator could do (propose-action only if asked). Cite evidence ids.',
        },
      }],
    }),
  );
}
