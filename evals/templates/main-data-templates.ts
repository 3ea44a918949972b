import type { FactBook } from '../facts/summary-facts.ts';
import { indices, pick, type itemCollector } from './template-kit.ts';

type Collector = ReturnType<typeof itemCollector>;

/** Status, failures by task/job/site/error: what physicists and shifters ask most (DOMAIN §10). */
export function taskAndSiteItems(c: Collector, facts: FactBook): void {
  const why = ['Why did task {t} fail?', 'What went wrong with task {t}? It has failed jobs.', 'Task {t} keeps failing, what is the error?'];
  c.add({ category: 'task-failure', question: why[0]!.replace('{t}', '{worst_task}'), shape: 'task-failure', facts: ['{worst_task}', '{worst_task.top_error_code}'], tools: ['get-panda-task', 'error-summary'] });
  c.add({ category: 'task-failure', question: why[1]!.replace('{t}', '{worst_task}'), shape: 'task-failure', facts: ['{worst_task}', '{worst_task.name}'], tools: ['get-panda-task', 'error-summary'] });
  for (const i of indices(facts, 'failed_task')) {
    c.add({ category: 'task-failure', question: pick(why, i).replace('{t}', `{failed_task.${i}}`), shape: 'task-failure', facts: [`{failed_task.${i}}`, `{failed_task.${i}.top_code}`], tools: ['get-panda-task', 'error-summary'] });
  }
  const status = ['What is the status of task {t}?', 'Is task {t} done yet?', 'Show me task {t}'];
  for (const i of indices(facts, 'task')) {
    for (const j of [0, 1]) {
      c.add({ category: 'task-status', question: pick(status, i + j).replace('{t}', `{task.${i}}`), shape: 'task-status', facts: [`{task.${i}}`, `{task.${i}.status}`], tools: ['get-panda-task'] });
    }
  }
  c.add({ category: 'task-status', question: 'What is the status of task {try2_task}?', shape: 'task-status', facts: ['{try2_task.name}'], tools: ['get-panda-task'] });
  const job = ['Why did job {j} fail?', 'What is the error of PanDA job {j}?'];
  for (const i of indices(facts, 'failed_job')) {
    c.add({ category: 'job', question: pick(job, i).replace('{j}', `{failed_job.${i}}`), shape: 'job', facts: [`{failed_job.${i}}`, `{failed_job.${i}.error_code}`], tools: ['get-job'] });
  }
  const site = ['How is {s} doing?', 'Any problems at {s} in the last 24 h?', 'How did {s} do over the last 7 days?'];
  for (const i of indices(facts, 'site')) {
    for (const j of [0, 1]) c.add({ category: 'site', question: pick(site, i + j).replace('{s}', `{site.${i}}`), shape: 'site-detail', facts: [`{site.${i}}`], tools: ['site-health', 'error-summary'] });
  }
  for (const q of ['Which sites have the most failures this week?', 'Failures by site and error in the last 24 h', 'Where are jobs failing today?']) {
    c.add({ category: 'failures-by-site', question: q, shape: 'failures-by-site', facts: ['{alarm_site}'], tools: ['site-health', 'error-summary'] });
  }
  for (const q of ['What are the top errors this week?', 'Most common job errors in the last 7 days?', 'Show the error summary for this week']) {
    c.add({ category: 'errors', question: q, shape: 'error-summary', facts: ['{week_top_error.0}'], tools: ['error-summary'] });
  }
  for (const q of ['Which sites are unhealthy this week?', 'Is any site failing badly this week?', 'Site health status for the past week']) {
    c.add({ category: 'site-health', question: q, shape: 'site-health', facts: ['{alarm_site}', '{attention_site}'], tools: ['site-health'] });
  }
  for (const q of ['Which PanDA queues are online?', 'List the PanDA queues']) c.add({ category: 'queues', question: q, shape: 'queues', facts: [], tools: ['list-queues'] });
  for (const q of ['Which tasks are stuck or exhausted?', 'Which tasks need an operator?', 'Are any tasks paused or exhausted?']) {
    c.add({ category: 'stuck', question: q, shape: 'stuck-tasks', facts: ['{stuck_task.0}', '{stuck_task.1}'], tools: ['list-panda-tasks'] });
  }
  for (const q of ['Which tasks are running?', 'Show the running tasks']) c.add({ category: 'running', question: q, shape: 'running-tasks', facts: ['{running_task.0}'], tools: ['list-panda-tasks'] });
}
