/**
 * Words that state a relation between two things named in one sentence. Matched on lower-case word
 * stems so "targeted", "targeting" and "targets" all count.
 */
export type RelationCue = 'attribution' | 'link' | 'target' | 'use';

const STEMS: Readonly<Record<RelationCue, readonly string[]>> = {
  attribution: [
    'attribut',
    'blame',
    'accus',
    'responsib',
    'behind',
    'conducted',
    'carried',
    'perpetrat',
    'orchestrat',
  ],
  link: [
    'link',
    'affiliat',
    'associat',
    'tied',
    'connected',
    'sponsor',
    'backed',
    'belong',
    'behalf',
    'operat',
    'run',
    'part',
    'unit',
    'working',
    'controlled',
    'attribut',
  ],
  target: [
    'target',
    'attack',
    'infiltrat',
    'breach',
    'compromis',
    'hack',
    'intrusion',
    'against',
    'spied',
    'spying',
    'victim',
    'struck',
    'hit',
  ],
  use: [
    'use',
    'used',
    'uses',
    'using',
    'deploy',
    'leverag',
    'deliver',
    'employ',
    'drop',
    'install',
    'distribut',
    'spread',
    'launch',
    'loaded',
    'execut',
  ],
};

const WORD = /\p{L}+/gu;

/** Which cues occur in `text` (a sentence or the stretch between two mentions). */
export function cuesIn(text: string): Set<RelationCue> {
  const found = new Set<RelationCue>();
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    for (const [cue, stems] of Object.entries(STEMS) as [RelationCue, readonly string[]][]) {
      if (stems.some((s) => matchesStem(word, s))) {
        found.add(cue);
      }
    }
  }
  return found;
}

const SHORT_SUFFIXES = new Set(['', 's', 'es', 'd', 'ed', 'ing', 'ning', 'ned']);

/** Short stems ("link", "run", "use") take inflections only, so "linked" counts and "linkedin" does not. */
function matchesStem(word: string, stem: string): boolean {
  if (!word.startsWith(stem)) return false;
  return stem.length > 4 || SHORT_SUFFIXES.has(word.slice(stem.length));
}
