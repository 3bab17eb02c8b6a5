export { extractIndicators, type ExtractIndicatorsOptions } from './extract.ts';
export { refang } from './refang.ts';
