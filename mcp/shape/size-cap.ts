import { renderText } from './render-text.ts';

/** Text budget per result: large enough for a ranked summary, small enough for a model's context. */
export const TEXT_CAP_CHARS = 8192;

export interface CapResult {
  data: Record<string, unknown>;
  text: string;
  truncated: boolean;
  note?: string;
}

/**
 * Keeps a result under the cap by dropping trailing items (never summaries: totals and rankings
 * are computed over the full query before paging). The cursor then resumes right after the last
 * kept item, so walking cursors still visits every row exactly once.
 */
export function applySizeCap(headline: string, data: Record<string, unknown>, cursorAfter?: (index: number) => string): CapResult {
  let text = renderText(headline, data);
  if (text.length <= TEXT_CAP_CHARS) return { data, text, truncated: false };
  const items = Array.isArray(data.items) ? (data.items as Record<string, unknown>[]) : null;
  if (items && items.length > 1) {
    let keep = items.length;
    let trimmed = data;
    while (keep > 1 && text.length > TEXT_CAP_CHARS) {
      keep = Math.max(1, Math.floor(keep * 0.75));
      const kept = items.slice(0, keep);
      trimmed = { ...data, items: kept, ...(cursorAfter ? { next_cursor: cursorAfter(keep - 1) } : {}) };
      text = renderText(headline, trimmed);
    }
    if (text.length <= TEXT_CAP_CHARS) {
      return {
        data: trimmed,
        text,
        truncated: true,
        note: `Result capped at ${TEXT_CAP_CHARS} characters: ${keep} of ${items.length} items shown. Continue with next_cursor, or narrow with filters, a smaller limit, or fields=[...].`,
      };
    }
    data = trimmed;
  }
  return {
    data,
    text: `${text.slice(0, TEXT_CAP_CHARS)}\n…`,
    truncated: true,
    note: `Text cut at ${TEXT_CAP_CHARS} characters. Ask for response_format=concise, fewer fields, or a narrower filter.`,
  };
}
