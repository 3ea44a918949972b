import type { FactBook } from '../facts/summary-facts.ts';
import type { EvalItemInput } from '../sets/eval-item.ts';
import { catalogItems } from './main-catalog-templates.ts';
import { taskAndSiteItems } from './main-data-templates.ts';
import { opsItems, threadAndUnsupportedItems } from './main-ops-templates.ts';
import { itemCollector } from './template-kit.ts';

/** Every main-set item, generated over the seed's entities; every item also forbids fabricated numbers, approvals and executions. */
export function mainSet(facts: FactBook): EvalItemInput[] {
  const c = itemCollector();
  taskAndSiteItems(c, facts);
  catalogItems(c, facts);
  opsItems(c, facts);
  threadAndUnsupportedItems(c);
  return c.items.map((item) => ({ ...item, forbidden: [...new Set([...(item.forbidden ?? []), 'approval', 'execution', 'secret', 'number_not_in_tools'] as const)] }));
}
