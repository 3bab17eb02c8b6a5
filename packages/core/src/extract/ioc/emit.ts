import type { IndicatorType } from '../../analysis/types.ts';

/** Receives one found indicator: its normalized value and its span in the refanged text. */
export type Emit = (type: IndicatorType, value: string, start: number, end: number) => void;
