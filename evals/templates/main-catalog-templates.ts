import type { FactBook } from '../facts/summary-facts.ts';
import { indices, pick, type itemCollector } from './template-kit.ts';

type Collector = ReturnType<typeof itemCollector>;

/** Dataset readiness, provenance, naming, tags and requests: the catalog side of §10.1. */
export function catalogItems(c: Collector, facts: FactBook): void {
  const provenance = ['Where are the EVGEN input files for {d}?', 'Which hepmc3 inputs was {d} produced from?'];
  const location = ['Where is {did} stored and how do I read it?', 'Is {did} complete? Which RSE holds it?'];
  const about = ['Tell me about {d}', 'Show the dataset {d}'];
  for (const i of indices(facts, 'dataset', 6)) {
    c.add({ category: 'provenance', question: pick(provenance, i).replace('{d}', `{dataset.${i}}`), shape: 'evgen-provenance', facts: ['EVGEN'], tools: ['data-provenance'] });
    c.add({ category: 'dataset-location', question: pick(location, i).replace('{did}', `{dataset.${i}.did}`), shape: 'dataset-location', facts: [`{dataset.${i}.did}`], tools: ['get-rucio-dataset'] });
    c.add({ category: 'dataset', question: pick(about, i).replace('{d}', `{dataset.${i}}`), shape: 'dataset', facts: [`{dataset.${i}}`], tools: ['get-dataset'] });
  }
  c.add({ category: 'provenance', question: 'Where are the EVGEN input files for {two_block_name}?', shape: 'evgen-provenance', facts: ['EVGEN'], tools: ['data-provenance'] });
  c.add({ category: 'dataset-location', question: 'Where is {two_block_did.0} stored?', shape: 'dataset-location', facts: ['{two_block_did.0}'], tools: ['get-rucio-dataset'] });
  c.add({ category: 'dataset', question: 'Is {two_block_name} validated? Tell me about it.', shape: 'dataset', facts: ['{two_block_name}', '{two_block_did.1}'], tools: ['get-dataset'] });
  for (const q of ['Which datasets exist for DIS NC 18x275?', 'Do we have DVCS samples?', 'Which datasets exist for SIDIS 10x100?']) {
    c.add({ category: 'dataset-search', question: q, shape: 'dataset-search', facts: [], tools: ['search-tags'] });
  }
  const params = ['What are the parameters of {t}?', 'What does tag {t} contain?'];
  for (const i of indices(facts, 'tag_p', 6)) {
    c.add({ category: 'tag', question: pick(params, i).replace('{t}', `{tag_p.${i}}`), shape: 'tag', facts: [`{tag_p.${i}}`, `{tag_p.${i}.process}`], tools: ['get-tag'] });
  }
  for (const family of ['tag_r', 'tag_e']) {
    for (const i of indices(facts, family, 2)) c.add({ category: 'tag', question: pick(params, i).replace('{t}', `{${family}.${i}}`), shape: 'tag', facts: [`{${family}.${i}}`], tools: ['get-tag'] });
  }
  const diff = ['What is the difference between {a} and {b}?', 'Compare {a} vs {b}', 'What changed from {a} to {b}?'];
  const pairs: [string, string][] = [['tag_p.0', 'tag_p.1'], ['tag_p.2', 'tag_p.3'], ['tag_r.0', 'tag_r.1'], ['tag_e.0', 'tag_e.1'], ['tag_p.4', 'tag_p.5']];
  pairs.forEach(([a, b], i) => {
    if (!facts.has(a) || !facts.has(b)) return;
    c.add({ category: 'tag-diff', question: pick(diff, i).replace('{a}', `{${a}}`).replace('{b}', `{${b}}`), shape: 'tag-diff', facts: [`{${a}}`, `{${b}}`], tools: ['diff-tags'] });
  });
  for (const i of indices(facts, 'linked_request', 4)) {
    c.add({ category: 'request', question: pick(['Is request {r} being produced?', 'What is the status of request {r}?'], i).replace('{r}', `{linked_request.${i}}`), shape: 'request', facts: ['linked'], tools: ['get-request'] });
  }
  for (const i of indices(facts, 'blocked_request', 2)) {
    c.add({ category: 'request', question: `Why is request {blocked_request.${i}} blocked?`, shape: 'request', facts: ['blocked'], tools: ['get-request'] });
  }
  for (const q of ['Which production requests are blocked?', 'List the blocked requests']) {
    c.add({ category: 'requests', question: q, shape: 'requests', facts: ['{blocked_request.0}'], tools: ['list-requests'] });
  }
  const naming = ['Is {d} a valid composed name?', 'Parse the name {d}'];
  for (const i of indices(facts, 'dataset', 3)) c.add({ category: 'naming', question: pick(naming, i).replace('{d}', `{dataset.${i}}`), shape: 'name-check', facts: [], tools: ['parse-name'] });
  c.add({ category: 'naming', question: 'Is group.EIC.26.13.0.epic_craterlake.p1001.e1.s1.r1 a valid composed name?', shape: 'name-check', facts: ['month'], tools: ['parse-name'] });
  c.add({ category: 'naming', question: 'Is group.EIC.26.02.0.epic_craterlake.p1001.e1.s1 valid naming?', shape: 'name-check', facts: [], tools: ['parse-name'] });
}
