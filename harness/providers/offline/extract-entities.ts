/**
 * Entities the offline model recognises in a question. Extraction is deliberately literal: an id
 * that is not in the text is never guessed.
 */
export interface Entities {
  jediTaskIds: number[];
  pandaIds: number[];
  composedNames: string[];
  dids: string[];
  evgenPaths: string[];
  sites: string[];
  campaigns: string[];
  proposalRefs: string[];
  tagLabels: string[];
  agentNames: string[];
  runNumbers: number[];
  requestIds: number[];
  /** Time window in hours when the question names one ("last 24 h", "today", "this week"). */
  windowHours: number | undefined;
  /** Physics words for catalog search ("DIS NC 18x275 minQ2=100"). */
  beams: string[];
}

const COMPOSED = /\bgroup\.EIC(?:\.evgen)?\.\d{2}\.\d{2}\.\d+\.[A-Za-z]\w*\.p\d+\.e\d+\.s\d+\.r\d+(?:\.[\w+\-=]+)*/g;
const DID = /\b(?:group\.EIC(?:\.evgen)?|epic):[^\s,;'"`)]+/g;
const EVGEN_PATH = /(?:\/volatile\/eic\/EPIC)?\/EVGEN\/[^\s,;'"`)]+/g;
const SITE = /\b[A-Z]{2,}(?:_[A-Za-z0-9]+)+\b/g;
/** Physics process names share the UPPER_SNAKE shape of queue names. */
const PROCESS = /^(DIS|DDIS|DVCS|DDVCS|TCS|SIDIS|DEMP|DVMP|MESON|DIFFRACTIVE|PHOTOPRODUCTION|UPSILON|UCHANNEL|ALP|SINGLE)(_|$)/;
/** Environment-variable names (ANTHROPIC_API_KEY, DATABASE_URL) share the queue-name shape but are never sites. */
const ENV_NAME = /_(KEY|TOKEN|SECRET|PASSWORD|URL|HOST|PORT)$/;
const CAMPAIGN = /(?<![\w.])\d{2}\.\d{2}(?:\.\d+)?(?![\w.]*\.p\d)(?![\d.])/g;
const REF = /\b(?:cp|ap)-\d+\b/gi;
const TAG = /\b[pesrk]\d{1,4}\b/g;
const AGENT = /\b[a-z_]+-agent-[a-z0-9]+-\d+\b|\bepicprod-ops-agent\b/g;

export function extractEntities(question: string): Entities {
  const withoutNames = question.replace(DID, ' ').replace(COMPOSED, ' ').replace(EVGEN_PATH, ' ');
  const numbersAfter = (words: string, minDigits = 3) =>
    [...withoutNames.matchAll(new RegExp(`\\b(?:${words})\\s*(?:id\\s*)?#?\\s*(\\d{${minDigits},})\\b`, 'gi'))].map((m) => Number(m[1]));
  const composedNames = unique(question.match(COMPOSED) ?? []).map((n) => n.replace(/\.$/, ''));
  const dids = unique(question.match(DID) ?? []).map((n) => n.replace(/[.?!]$/, ''));
  return {
    jediTaskIds: unique([...numbersAfter('task|jeditaskid|jedi'), ...bareTaskIds(withoutNames)]),
    pandaIds: unique(numbersAfter('job|pandaid')),
    composedNames,
    dids,
    evgenPaths: unique(question.match(EVGEN_PATH) ?? []).map((p) => p.replace(/[.?!]$/, '')),
    sites: unique((withoutNames.match(SITE) ?? []).filter((s) => !PROCESS.test(s) && !ENV_NAME.test(s))),
    campaigns: unique(withoutNames.match(CAMPAIGN) ?? []),
    proposalRefs: unique((question.match(REF) ?? []).map((r) => r.toLowerCase())),
    tagLabels: unique(withoutNames.match(TAG) ?? []),
    agentNames: unique(question.match(AGENT) ?? []),
    runNumbers: unique(numbersAfter('run')),
    requestIds: unique(numbersAfter('request', 1)),
    windowHours: windowHours(question),
    beams: unique(question.match(/\b\d{1,2}x\d{2,3}\b/g) ?? []),
  };
}

/** A bare 5-digit number in a question about failures or status is taken as a JEDI task id. */
function bareTaskIds(text: string): number[] {
  return [...text.matchAll(/(?<![\w.=-])(3\d{4})(?![\w.])/g)].map((m) => Number(m[1]));
}

function windowHours(question: string): number | undefined {
  const q = question.toLowerCase();
  const explicit = q.match(/\b(?:last|past)\s+(\d+)\s*(h|hours?|d|days?|w|weeks?)\b/);
  if (explicit) {
    const n = Number(explicit[1]);
    const unit = explicit[2]!;
    return unit.startsWith('h') ? n : unit.startsWith('d') ? n * 24 : n * 168;
  }
  if (/\b(today|last day|past day|24 ?h|overnight|last night|since last shift)\b/.test(q)) return 24;
  if (/\b(this week|last week|past week|7 ?days)\b/.test(q)) return 168;
  if (/\b(this month|last month|30 ?days)\b/.test(q)) return 720;
  if (/\blast hour\b/.test(q)) return 1;
  return undefined;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
