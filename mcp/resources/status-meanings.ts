/** What statuses mean, so a model does not guess (DOMAIN §4.1, §2.9, §5.2). */
export const STATUS_MEANINGS_MARKDOWN = `# Status meanings

## PanDA task
registered/defined: accepted, inputs prepared · assigning/ready: being placed · pending: temporarily blocked · scouting/scouted: measuring resources ·
running: jobs executing · prepared/passed: post-processing · **done**: every input processed · **finished**: ended with some inputs failed (retry the tail) ·
**failed**: all or a fatal fraction failed · **exhausted**: retry limits reached, needs an operator (add a retry) · **broken**: unusable definition ·
toabort/aborting/aborted: kill requested/in progress/killed · paused: held by an operator · throttled: held by the system.

## PanDA job
pending/defined → assigning/assigned/waiting → activated → sent/starting → running → holding/transferring/merging → **finished**.
Faulty: **failed**, cancelled, closed, broken. A failed job with attempts left will be retried; only the final attempt counts as a final failure.

## Campaign task (PCS)
draft → ready → submitted → completed | failed; past_output = imported from before the catalog.

## Proposal
proposed → approved_pending_execution → executed; or denied (remembered: not proposed again), withdrawn, stale (preconditions no longer hold), expired.

## Site health
ok < attention threshold (0.10) ≤ attention < alarm threshold (0.30) ≤ alarm, on the final failure rate (SysConfig keys assessment_ffail_attention / _alarm).
`;
