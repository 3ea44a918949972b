/**
 * The naming grammar as markdown: served as an MCP resource and referred to by error
 * messages ("see the naming grammar"), so it must stay short and match the parser.
 */

import { ALLOWED_SCOPES, MAX_NAME_LENGTH } from './name-fields.ts';

export const NAMING_GRAMMAR_TITLE = 'ePIC dataset and task naming grammar';

export const NAMING_GRAMMAR_MARKDOWN = `# ${NAMING_GRAMMAR_TITLE}

\`\`\`
composed  = scope "." dver "." dconf "." "p" INT "." "e" INT "." "s" INT "." "r" INT
            [ "." "k" INT ] [ "." sample ]
scope     = ${ALLOWED_SCOPES.map((s) => `"${s}"`).join(' | ')}
dver      = YY "." MM "." P          ; e.g. 26.02.0 (MM 01–12, P without leading zeros)
dconf     = [A-Za-z][A-Za-z0-9_]*    ; e.g. epic_craterlake
sample    = segment *( "." segment ) ; segment = [A-Za-z0-9_+=-]+
physical  = composed [ ".try" N ] [ ".b" B ]   ; N ≥ 2, B ≥ 1
DID       = scope ":" composed [ ".try" N ] ".b" B
taskName  = outDS = physical without ".b" B
log DID   = scope ":" outDS ".log"
output LFN = tag_lfn "." $PANDAID "." \${SN} ".edm4eic.root"
log LFN    = tag_lfn "." $PANDAID ".log." \${SN} ".log.tgz"
tag_lfn   = composed without its leading scope
\`\`\`

Rules:
- The tag run \`p<INT>.e<INT>.s<INT>.r<INT>\` occurs exactly once; it anchors the parse.
  The segment before it is \`dconf\`, the three before that are \`dver\`, the rest is the scope.
- Integers have no leading zeros. The first attempt has no \`.try\` suffix (\`.try1\` is invalid); blocks start at \`.b1\`.
- Suffixes are read right to left: \`.b<B>\` first, then \`.try<N>\`. So the sample must not
  start with \`k<INT>\` and must not end with \`b<INT>\` or \`try<INT>\`. A composed name has no suffixes.
- Empty segments (\`..\`), whitespace, \`/\` and \`:\` (outside a DID) are not allowed. At most ${MAX_NAME_LENGTH} characters.
- Campaign family = first two fields of the version (\`26.07.1\` → \`26.07\`).

Examples:
- \`group.EIC.26.02.0.epic_craterlake.p3001.e1.s1.r1\`
- \`group.EIC.26.02.0.epic_craterlake.p1141.e37.s1.r1.45to135deg\`
- \`group.EIC.26.06.0.epic_craterlake.p3001.e1.s1.r1.k1.sample\`
- \`group.EIC.26.07.1.epic_craterlake.p2365.e1.s1.r1.try2\` (task name, attempt 2)
- \`group.EIC:group.EIC.26.07.1.epic_craterlake.p2339.e1.s1.r1.b1\` (block 1 DID)
- \`group.EIC:group.EIC.26.07.1.epic_craterlake.p2339.e1.s1.r1.log\` (log dataset)
- \`group.EIC.evgen.26.02.0.epic_craterlake.p3001.e1.s1.r1\` (external EVGEN)
- LFN: \`26.02.0.epic_craterlake.p3001.e1.s1.r1.$PANDAID.\${SN}.edm4eic.root\`
`;
