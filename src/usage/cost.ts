export interface ModelRates {
  priceInDkkPerMTok: number;
  priceOutDkkPerMTok: number;
  energyWhPer1kTokens: number;
  gridGCo2ePerKwh: number;
}

export interface CallCost {
  costDkk: number;
  energyWh: number;
  co2eGrams: number;
}

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

/**
 * Tokens to DKK by the catalogue's price table, and to energy and CO2e by its factors. Energy per token
 * is an operator's estimate for the model and hardware; it makes models comparable, not a meter reading.
 */
export function costOf(rates: ModelRates, tokens: { inputTokens: number; outputTokens: number }): CallCost {
  const costDkk = (tokens.inputTokens * rates.priceInDkkPerMTok + tokens.outputTokens * rates.priceOutDkkPerMTok) / 1_000_000;
  const energyWh = ((tokens.inputTokens + tokens.outputTokens) / 1000) * rates.energyWhPer1kTokens;
  const co2eGrams = (energyWh / 1000) * rates.gridGCo2ePerKwh;
  return { costDkk: round(costDkk, 6), energyWh: round(energyWh, 6), co2eGrams: round(co2eGrams, 6) };
}
