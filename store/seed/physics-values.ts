/** PCS vocabulary from DOMAIN §2.2/§9: the 26.02.0 physics set, EvGen/simu/reco/background tags. */

export const PHYSICS_CATEGORIES = [
  { digit: 1, name: 'Single Particle', description: 'Particle-gun samples (angle and energy scans)' },
  { digit: 2, name: 'DIS', description: 'Inclusive deep-inelastic scattering, NC and CC' },
  { digit: 3, name: 'DVCS', description: 'Deeply virtual Compton scattering and DDVCS' },
  { digit: 4, name: 'SIDIS', description: 'Semi-inclusive DIS, heavy flavour' },
  { digit: 5, name: 'Exclusive', description: 'Exclusive and diffractive meson production' },
  { digit: 6, name: 'Background', description: 'Background-only samples; p6001 = no signal' },
] as const;

export interface PhysicsTagSpec {
  digit: number;
  params: Record<string, string>;
  description: string;
  /** Generator family used for the EvGen tag choice. */
  generator: string;
  samples?: readonly string[];
}

const beam = (b: string): { beam_energy_electron: string; beam_energy_hadron: string } => {
  const [e, h] = b.split('x');
  return { beam_energy_electron: e ?? '', beam_energy_hadron: h ?? '' };
};

function spec(digit: number, process: string, beams: string, extra: Record<string, string>, generator: string, samples?: readonly string[]): PhysicsTagSpec {
  const params = { process, ...beam(beams), ...extra };
  const extras = Object.values(extra).join(' ');
  return { digit, params, generator, description: `${process.replaceAll('_', ' ')} ${beams}${extras ? ` ${extras}` : ''}`, ...(samples ? { samples } : {}) };
}

export const ANGLE_SAMPLES = ['45to135deg', '130to177deg', '3to50deg'] as const;

/** Ordered as created; the single-particle tag is pinned to p1141 (observed label). */
export function physicsTagSpecs(): PhysicsTagSpec[] {
  const out: PhysicsTagSpec[] = [];
  for (const b of ['5x41', '5x100', '10x100', '10x275', '18x275']) out.push(spec(2, 'DIS_NC', b, { beam_species: 'ep', q2_range: 'minQ2=1' }, 'pythia8'));
  for (const q of ['minQ2=10', 'minQ2=100', 'minQ2=1000']) out.push(spec(2, 'DIS_NC', '10x100', { beam_species: 'ep', q2_range: q }, 'pythia8'));
  for (const b of ['10x100', '10x275', '18x275']) out.push(spec(2, 'DIS_CC', b, { beam_species: 'ep', q2_range: 'minQ2=100' }, 'pythia8'));
  out.push(spec(2, 'DDIS', '10x100', { beam_species: 'ep' }, 'rapgap'));
  out.push(spec(2, 'DIS_NC', '10x110', { beam_species: 'eAu', q2_range: 'q2_1to1000' }, 'BeAGLE'));
  out.push(spec(2, 'DIS_NC', '18x110', { beam_species: 'eAu', q2_range: 'q2_1to1000' }, 'BeAGLE'));
  out.push(spec(2, 'DIS_NC', '10x130', { beam_species: 'eHe3', q2_range: 'q2_1to1000' }, 'BeAGLE'));
  out.push(spec(2, 'DIS_NC', '18x130', { beam_species: 'eHe3', q2_range: 'q2_1to1000' }, 'BeAGLE'));
  for (const b of ['5x41', '5x100', '10x100', '10x275', '18x275']) out.push(spec(3, 'DVCS', b, { q2_range: 'q2_1_100' }, 'EpIC'));
  for (const d of ['edecay', 'mudecay']) for (const h of ['hplus', 'hminus']) out.push(spec(3, 'DDVCS', '10x100', { decay_mode: d, hadron_charge: h }, 'EpIC'));
  out.push(spec(1, 'SINGLE', 'N/A', { particle: 'pi-', gun_energy: '1GeV-20GeV' }, 'particle_gun', ANGLE_SAMPLES));
  for (const b of ['5x41', '10x100', '18x275']) out.push(spec(4, 'SIDIS_D0', b, { beam_species: 'ep' }, 'pythia8'));
  for (const [b, q] of [['5x41', 'q2_1to10'], ['5x100', 'q2_1to50'], ['10x100', 'q2_1to10000'], ['10x100', 'q2_2to10']] as const) {
    out.push(spec(5, 'DEMP', b, { q2_range: q, final_state: 'pi+' }, 'DEMPgen'));
  }
  for (const b of ['5x41', '10x100', '18x275']) out.push(spec(5, 'DVMP', b, { polarization: 'unpolarised' }, 'EpIC'));
  for (const b of ['5x41', '5x100', '10x100', '10x275', '18x275']) out.push(spec(5, 'DIFFRACTIVE_JPSI', b, { model: 'hiAcc' }, 'lAger'));
  out.push(spec(5, 'DIFFRACTIVE_PHI', '10x100', { beam_species: 'eAu', coherence: 'coherent', model: 'bsat' }, 'sartre'));
  out.push(spec(5, 'DIFFRACTIVE_RHO', '10x100', { coherence: 'coherent' }, 'sartre'));
  for (const d of ['edecay', 'mudecay']) out.push(spec(5, 'PHOTOPRODUCTION_JPSI', '18x275', { decay_mode: d, coherence: 'coherent' }, 'eSTARlight'));
  out.push(spec(5, 'UPSILON', '18x275', { state: '1s', decay_mode: 'edecay' }, 'eSTARlight'));
  return out;
}

/** Bootstrap-era labels kept their own numbers (⚠ p2001/p3001 coexist, DOMAIN §2.2). */
export const NO_SIGNAL_SPEC: PhysicsTagSpec = {
  digit: 6,
  params: { process: 'N/A', beam_energy_electron: 'N/A', beam_energy_hadron: 'N/A' },
  description: 'No signal (background-only samples)',
  generator: 'none',
};

export interface EvgenTagSpec {
  generator: string;
  generatorVersion: string;
  extra?: Record<string, string>;
}

/** e1–e15 exactly as observed; e16–e37 are later variants (e37 = particle gun of p1141). */
export function evgenTagSpecs(): EvgenTagSpec[] {
  const fixed: EvgenTagSpec[] = [
    { generator: 'pythia8', generatorVersion: '8.310', extra: { radiative: 'off' } },
    { generator: 'EpIC', generatorVersion: 'v1.1.6-1.2' },
    { generator: 'EpIC', generatorVersion: '1.1.6-1.0' },
    { generator: 'BeAGLE', generatorVersion: '1.03.02-1.2' },
    { generator: 'BeAGLE', generatorVersion: '1.03.02-2.0' },
    { generator: 'BeAGLE', generatorVersion: '1.03.02-1.1' },
    { generator: 'eSTARlight', generatorVersion: '1.3.0-1.0' },
    { generator: 'sartre', generatorVersion: '1.39-1.1' },
    { generator: 'DEMPgen', generatorVersion: '1.2.4' },
    { generator: 'lAger', generatorVersion: '3.6.1-1.0' },
    { generator: 'rapgap', generatorVersion: '3.310-1.0', extra: { radiative: 'off' } },
    { generator: 'EpIC', generatorVersion: 'v1.1.6-1.2', extra: { bg_tag_prefix: 'Bkg_Exact1S_2us/GoldCt/5um' } },
    { generator: 'EpIC', generatorVersion: 'v1.1.6-1.2', extra: { bg_tag_prefix: 'Bkg_Exact1S_2us/GoldCt/10um' } },
    { generator: 'pythia8', generatorVersion: '8.306-1.0' },
    { generator: 'pythia8', generatorVersion: '8.306-1.1' },
  ];
  const later: EvgenTagSpec[] = [];
  const variants: [string, string, Record<string, string>][] = [
    ['pythia8', '8.310', { radiative: 'on' }], ['BeAGLE', '1.03.02-1.2', { radiative: 'on' }], ['rapgap', '3.310-1.0', { radiative: 'on' }],
    ['EpIC', '1.1.6-1.0', { signal_freq: '1' }], ['lAger', '3.6.1-1.0', { signal_status: '1' }], ['sartre', '1.39-1.1', { signal_freq: '10' }],
  ];
  for (let i = 16; i <= 36; i++) {
    const [generator, generatorVersion, extra] = variants[(i - 16) % variants.length] as [string, string, Record<string, string>];
    later.push({ generator, generatorVersion, extra: { ...extra, notes: `variant ${i}` } });
  }
  later.push({ generator: 'particle_gun', generatorVersion: '1.0', extra: { notes: 'angle scan' } });
  return [...fixed, ...later];
}

/** Preferred EvGen tag number per generator family. */
export const EVGEN_FOR_GENERATOR: Record<string, number> = {
  pythia8: 1, EpIC: 2, BeAGLE: 4, eSTARlight: 7, sartre: 8, DEMPgen: 9, lAger: 10, rapgap: 11, particle_gun: 37, none: 1,
};

export const SIMU_TAGS = [
  { version: '26.02.0', description: 'npsim 26.02.0 standard filters' },
  { version: '26.07.0', description: 'npsim 26.07.0 standard filters' },
  { version: '26.10.0', description: 'npsim 26.10.0 standard filters (commissioning)' },
] as const;

export const RECO_TAGS = [
  { version: '26.02.0', description: 'eicrecon 26.02.0 standard' },
  { version: '26.07.0', description: 'eicrecon 26.07.0 standard (EICrecon 1.39.2)' },
  { version: '26.10.0', description: 'eicrecon 26.10.0 standard (commissioning)' },
] as const;

export const BACKGROUND_TAGS = [
  { params: { background_type: 'BEAMGAS', bg_source: 'electron', bg_mechanism: 'brems', bg_tag_prefix: 'Bkg_Exact1S_2us/GoldCt/5um' }, description: 'Electron beam-gas (brems), 18 GeV' },
  { params: { background_type: 'BEAMGAS', bg_source: 'proton', bg_mechanism: 'coulomb', bg_tag_prefix: 'Bkg_Exact1S_2us/GoldCt/10um' }, description: 'Proton beam-gas (coulomb), 275 GeV' },
  { params: { background_type: 'SYNRAD', bg_source: 'electron' }, description: 'Synchrotron radiation, 18 GeV' },
] as const;

export const EVGEN_PATHS = [
  'DDIS/rapgap3.310-1.0/noRad/ep/10x100',
  'DIS/BeAGLE1.03.02-1.3/eH2/ep/10x130/q2_1to1000',
  'EXCLUSIVE/DDVCS_ABCONV/EpIC1.1.6-1.0/18x275/q2_0_10/edecay/hminus',
  'EXCLUSIVE/DEMP/DEMPgen-1.2.4/10x130/q2_10_20/pi+',
  'EXCLUSIVE/DIFFRACTIVE_JPSI_ABCONV/lAger3.6.1-1.0/10x130/hiAcc',
  'EXCLUSIVE/DIFFRACTIVE_PHI_ABCONV/sartre1.39-1.0/eAu/coherent/bsat/10x100',
  'EXCLUSIVE/DVCS_ABCONV/EpIC_v1.1.6-1.2/10x100/q2_1_100',
  'EXCLUSIVE/DVMP/EpIC1.1.6-1.0/unpolarised/10x130/q2_1_1000',
  'EXCLUSIVE/MESON_SF_ABCONV/eicMesonSFGen-1.0.0/ep/10x100',
  'EXCLUSIVE/PHOTOPRODUCTION_JPSI_ABCONV/coherent_ep/eSTARlight1.3.0-1.0/18x275/q2_nocut/edecay',
  'DIS/BeAGLE1.03.02-1.0/eCu/en/10x115/q2_1to1000',
  'BACKGROUNDS/BEAMGAS/electron/GETaLM1.0.0-1.1/18GeV',
] as const;

export const CSV_MANIFESTS = [
  'DIS/NC/18x275/minQ2=1/DIS_NC_18x275_minQ2=1.csv',
  'DIS/NC/10x130/pythia6.428-1.0_NC_noRad_ep_10x130_q2_1to10.csv',
  'DIS/eA/BeAGLE1.03.02-1.0_DIS_eHe3_10x166.csv',
  'DDIS/rapgap3.310-1.0_ddis_ep_noRad_10x100.csv',
] as const;

export const PWGS = ['edt', 'inclusive', 'Jets & HF', 'SIDIS', 'BSM/EW'] as const;
export const PWG_FOR_DIGIT: Record<number, string> = { 1: 'inclusive', 2: 'inclusive', 3: 'edt', 4: 'SIDIS', 5: 'edt', 6: 'BSM/EW' };
export const REQUESTORS = ['alice', 'carol', 'frank', 'grace', 'heidi', 'ivan'] as const;
