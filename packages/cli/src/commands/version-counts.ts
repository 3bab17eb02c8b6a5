/** "3 new versions, 1 unchanged": what a store write did, as every writing command reports it. */
export const versionCounts = (added: number, unchanged: number): string =>
  `${added} new ${added === 1 ? 'version' : 'versions'}, ${unchanged} unchanged`;
