/** A short article the ingest journeys share: an attribution, a victim and one defanged indicator. */
export const MINISTRY_ARTICLE = [
  'Ministry breach blamed on APT31',
  '',
  'The Norwegian government attributed the breach of its foreign ministry to APT31.',
  'The intruders controlled their implants through update-check[.]example[.]net.',
].join('\n');
