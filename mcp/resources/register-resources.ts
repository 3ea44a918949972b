import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { NAMING_GRAMMAR_MARKDOWN } from '../../store/names/index.ts';
import { GLOSSARY_MARKDOWN } from './glossary.ts';
import { STATUS_MEANINGS_MARKDOWN } from './status-meanings.ts';

const RESOURCES = [
  { name: 'glossary', uri: 'epic://reference/glossary', title: 'ePIC production glossary', text: GLOSSARY_MARKDOWN },
  { name: 'naming-grammar', uri: 'epic://reference/naming-grammar', title: 'Composed-name grammar', text: NAMING_GRAMMAR_MARKDOWN },
  { name: 'status-meanings', uri: 'epic://reference/status-meanings', title: 'PanDA task/job, PCS and proposal statuses', text: STATUS_MEANINGS_MARKDOWN },
];

/** Static reference material a client can read instead of asking the model to recall it. */
export function registerResources(server: McpServer): void {
  for (const resource of RESOURCES) {
    server.registerResource(resource.name, resource.uri, { title: resource.title, mimeType: 'text/markdown' }, async (uri) => ({
      contents: [{ uri: uri.href, mimeType: 'text/markdown', text: resource.text }],
    }));
  }
}
