/** Extractive summarization: source summary/advice detection, TextRank. */
export * from './headed-sections.ts';
export * from './text-rank.ts';
