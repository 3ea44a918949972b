/** Escapes text for HTML element and attribute content. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The shared page frame: small, readable, no scripts. */
export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · epic-assistant</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}
pre{background:#f6f6f4;padding:1rem;overflow:auto;font-size:13px}code{background:#f6f6f4;padding:0 .2em}
dt{font-weight:600}dd{margin:0 0 .5rem 0}a{color:#0b5cad}</style></head>
<body><p><a href="/">epic-assistant</a></p><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}
