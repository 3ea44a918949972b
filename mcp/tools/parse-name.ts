import { z } from 'zod';
import { campaignFamily, tryParseDid, tryParsePhysicalName } from '../../store/names/index.ts';
import { resultSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'parse-name',
  title: 'Validate and explain a composed name',
  description: 'Checks a composed name, physical name (.tryN/.bN) or DID against the naming grammar and explains its parts; on failure says what is wrong and where. No database access.',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({ name: z.string().min(1).describe('Name or DID to check') }),
  output: resultSchema({
    valid: z.boolean().describe('Whether the name follows the grammar'),
    kind: z.enum(['composed', 'physical', 'block_did', 'log_did', 'invalid']).describe('What kind of name it is'),
    parts: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).describe('Parsed fields: scope, detector_version, detector_config, tags, sample, try, block, campaign_family'),
    problem: z.string().nullable().describe('Grammar problem code and reason when invalid'),
  }),
  async run(_context, args) {
    const input = args.name.trim();
    const parsed = input.includes(':') ? tryParseDid(input) : tryParsePhysicalName(input);
    if (!parsed.ok) {
      return { headline: `Invalid: ${parsed.error.reason}`, path: '/names', data: { valid: false, kind: 'invalid', parts: {}, problem: `${parsed.error.problem}: ${parsed.error.reason}` } };
    }
    const value = parsed.value;
    const physical = 'kind' in value ? (value.kind === 'block' ? value.physical : value.outDs) : value;
    const kind = 'kind' in value ? (value.kind === 'block' ? 'block_did' : 'log_did') : physical.tryNumber || physical.block ? 'physical' : 'composed';
    const parts = {
      scope: physical.scope, detector_version: physical.detectorVersion, detector_config: physical.detectorConfig,
      physics_tag: `p${physical.physicsTag}`, evgen_tag: `e${physical.evgenTag}`, simu_tag: `s${physical.simuTag}`, reco_tag: `r${physical.recoTag}`,
      background_tag: physical.backgroundTag ? `k${physical.backgroundTag}` : null, sample: physical.sampleName,
      try: physical.tryNumber, block: physical.block, campaign_family: campaignFamily(physical.detectorVersion),
    };
    return { headline: `Valid ${kind}: ${parts.detector_version} ${parts.physics_tag}.${parts.evgen_tag}.${parts.simu_tag}.${parts.reco_tag}`, path: '/names', data: { valid: true, kind, parts, problem: null } };
  },
});
