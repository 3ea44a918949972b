/**
 * Anthropic list prices (USD per million tokens), from ../shared/reference/anthropic-messages.md §8.
 *
 * Rates are stored in nano-USD per token (USD per million × 1000) so every rate in the table is an
 * integer and a response's cost is an exact integer sum, divided once at the end: the cost we
 * record then equals the decimal the price sheet gives, with no float drift across tokens.
 */

export interface TokenRates {
  input: number;
  output: number;
  cacheWrite5m: number;
  cacheWrite1h: number;
  cacheRead: number;
}

export interface ModelPricing {
  base: TokenRates;
  /** Haiku 5.5 is priced by prompt length: above `promptTokens`, `rates` apply to every token. */
  longPrompt?: { promptTokens: number; rates: TokenRates };
}

/** Token counts of one response, as the API reports them (input excludes cached tokens). */
export interface BilledTokens {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite5m: number;
  cacheWrite1h: number;
}

const perMillion = (input: number, output: number, cacheWrite5m: number, cacheWrite1h: number, cacheRead: number): TokenRates => ({
  input: toNanoPerToken(input),
  output: toNanoPerToken(output),
  cacheWrite5m: toNanoPerToken(cacheWrite5m),
  cacheWrite1h: toNanoPerToken(cacheWrite1h),
  cacheRead: toNanoPerToken(cacheRead),
});

// Math.round only absorbs the float error of the multiplication (0.125 × 1000 etc.); every listed
// price has at most three decimals, so the result is exact.
function toNanoPerToken(usdPerMillion: number): number {
  return Math.round(usdPerMillion * 1000);
}

const sonnet45 = { base: perMillion(3, 15, 3.75, 6, 0.3) };
const haiku45 = { base: perMillion(1, 5, 1.25, 2, 0.1) };

const PRICES: Record<string, ModelPricing> = {
  // Cache read 0.20 is the model page's figure; trackers report 0.10 from 2026-10-07 but no primary
  // source confirms it, so we keep the documented (higher, i.e. conservative) price.
  'claude-sonnet-5-5': { base: perMillion(2, 10, 2.5, 4, 0.2) },
  'claude-sonnet-5': { base: perMillion(2, 10, 2.5, 4, 0.2) },
  // Unverified row (third-party listings only), kept because the SDK offers the id.
  'claude-sonnet-4-6': sonnet45,
  'claude-sonnet-4-5': sonnet45,
  'claude-sonnet-4-5-20250929': sonnet45,
  'claude-haiku-5-5': {
    base: perMillion(0.1, 0.5, 0.125, 0.2, 0.01),
    longPrompt: { promptTokens: 100_000, rates: perMillion(0.5, 2.5, 0.625, 1, 0.05) },
  },
  'claude-haiku-4-5': haiku45,
  'claude-haiku-4-5-20251001': haiku45,
};

/** Throws for a model without a price: recording $0 for real spend would be silently wrong. */
export function pricingFor(model: string): ModelPricing {
  const pricing = PRICES[model];
  if (!pricing) {
    throw new Error(`no price for Anthropic model "${model}"; add it to harness/providers/anthropic/pricing.ts (known: ${Object.keys(PRICES).join(', ')})`);
  }
  return pricing;
}

/** Cost in USD: Σ tokens × rate over input, cache writes (5m/1h), cache reads and output. */
export function costUsd(pricing: ModelPricing, tokens: BilledTokens): number {
  const prompt = tokens.input + tokens.cacheRead + tokens.cacheWrite5m + tokens.cacheWrite1h;
  const rates = pricing.longPrompt && prompt > pricing.longPrompt.promptTokens ? pricing.longPrompt.rates : pricing.base;
  const nanoUsd =
    tokens.input * rates.input +
    tokens.output * rates.output +
    tokens.cacheRead * rates.cacheRead +
    tokens.cacheWrite5m * rates.cacheWrite5m +
    tokens.cacheWrite1h * rates.cacheWrite1h;
  return nanoUsd / 1e9;
}
