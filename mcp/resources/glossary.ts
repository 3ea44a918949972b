/** Short definitions of the words users and tools use (DOMAIN §1, condensed). */
export const GLOSSARY_MARKDOWN = `# ePIC production glossary

- **PCS** — production configuration system: tags, datasets, prod configs, campaigns, requests, campaign tasks.
- **Tag** — immutable-once-locked parameter set: physics \`p\`, event generator \`e\`, simulation \`s\`, reconstruction \`r\`, background \`k\`.
- **Composed name** — \`scope.version.detector.pN.eN.sN.rN[.kN][.sample]\`; see epic://reference/naming-grammar.
- **Campaign** — a software release production round (\`26.07.0\`); family = first two fields (\`26.07\`). Lifecycle future → current → last → past.
- **Campaign task (prod task)** — PCS record of one dataset produced in a campaign; submitted as one or more PanDA tasks (\`.tryN\`).
- **JEDI task / PanDA task** — the workload-management task (\`jedi_task_id\`); it runs PanDA **jobs** (\`pandaid\`) at **sites/queues**.
- **Final failure rate** — inputs failed after all retries / (that + inputs finished). The "all attempts" rate counts retried failures too and overstates problems.
- **Rucio** — data management: DIDs (\`scope:name\`), datasets split in blocks \`.b1\`, \`.b2\`; replicas on **RSEs**; placement from **rules**.
- **EVGEN / SIMU / RECO** — generator input, simulation output, reconstruction output (\`.edm4eic.root\`).
- **Testbed** — the streaming workflow: runs, super time frames (**STF**), time frames (**TF**) and slices processed by agents.
- **Agent** — a testbed or ops process with heartbeats; healthy < 3 min since heartbeat here, stale after, EXITED when marked.
- **Action stream** — the audit log of operational actions (app \`epicprod\`), with outcome and sublevel.
- **Proposal** — a frozen change suggested by the assistant (\`ap-N\`, \`cp-N\` for dataset propagation) that an operator approves.
- **Evidence id** — the id of a stored tool result; cite it, open /evidence/<id>.
`;
