import type { Page } from '../../store/services/pagination.ts';

export interface ListArgs {
  limit: number;
  cursor?: string | undefined;
  fields?: string[] | undefined;
  response_format: 'concise' | 'detailed';
}

/**
 * Applies field selection to a page: explicit `fields` win, else concise keeps the tool's key
 * fields, detailed keeps everything. Returns the items plus what the envelope needs.
 */
export function selectFields<T extends Record<string, unknown>>(items: T[], args: Pick<ListArgs, 'fields' | 'response_format'>, conciseFields: readonly string[]): Record<string, unknown>[] {
  const keep = args.fields ?? (args.response_format === 'concise' ? conciseFields : null);
  if (!keep) return items;
  return items.map((item) => Object.fromEntries(keep.filter((k) => k in item).map((k) => [k, item[k]])));
}

/** Items + cursor fields of a list result, with the cursor function the size cap needs. */
export function pageData<T extends Record<string, unknown>>(page: Page<T> & { cursorAfter: (row: T) => string }, args: ListArgs, conciseFields: readonly string[]) {
  const selected = selectFields(page.items, args, conciseFields);
  // Field selection may drop the sort key, so a trimmed page's cursor comes from the full row at the same index.
  return {
    items: selected,
    next_cursor: page.nextCursor,
    cursorAfter: (index: number) => page.cursorAfter(page.items[index]!),
  };
}

/** A list tool's body: summary fields first, then the selected page and its cursor. */
export function listBody<T extends Record<string, unknown>>(options: {
  page: Page<T> & { cursorAfter: (row: T) => string };
  args: ListArgs;
  concise: readonly string[];
  headline: string;
  path: string;
  asOf?: Date | null;
  summary?: Record<string, unknown>;
}) {
  const shaped = pageData(options.page, options.args, options.concise);
  const more = shaped.next_cursor ? ' (more: pass next_cursor)' : '';
  return {
    headline: `${options.headline} — ${shaped.items.length} shown${more}`,
    path: options.path,
    asOf: options.asOf ?? null,
    data: { ...options.summary, items: shaped.items, next_cursor: shaped.next_cursor },
    cursorAfter: shaped.cursorAfter,
  };
}

/** Builds `/path?k=v` drill-down links from the filters that were set. */
export function pathWithQuery(path: string, query: Record<string, string | number | boolean | undefined | null | string[]>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    params.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
