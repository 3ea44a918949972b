import type { RoundOutcome } from './turn/run-tool-round.ts';

export interface Citation {
  evidenceId: string;
  tool: string;
  url: string;
}

/** One citation per distinct evidence id, in the order the tools ran. */
export function citationsOf(outcomes: readonly RoundOutcome[], baseUrl: string): Citation[] {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const outcome of outcomes) {
    if (!outcome.evidenceId || outcome.isError || seen.has(outcome.evidenceId)) continue;
    seen.add(outcome.evidenceId);
    citations.push({ evidenceId: outcome.evidenceId, tool: outcome.name, url: `${baseUrl.replace(/\/$/, '')}/evidence/${outcome.evidenceId}` });
  }
  return citations;
}

/** The answer as markdown with its sources, for surfaces that render markdown (Mattermost, web, CLI). */
export function renderAnswerMarkdown(answer: string, citations: readonly Citation[]): string {
  if (citations.length === 0) return answer;
  const sources = citations.map((c) => `[${c.tool}](${c.url})`).join(' · ');
  return `${answer}\n\nSources: ${sources}`;
}
