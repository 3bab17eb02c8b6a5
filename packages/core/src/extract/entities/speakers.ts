/**
 * People and companies quoted in a report ("According to DeGrippo, …", "Sherrod DeGrippo explains …",
 * "TrendMicro said"): a word that speaks somewhere in the text is a person or an organization there, never
 * a new malware family, however coined its spelling. Found once per text, in one pass over its tokens.
 */
import type { TextContext } from './text-context.ts';
import { PerWordNumber } from './per-word.ts';
import { perText } from './per-text.ts';

/** Reporting verbs right after their speaker. */
const SPEECH_VERBS = new Set(
  `said says say told tells tell explained explains explain stated states noted notes added adds
commented comments wrote writes warned warns cautioned cautions observed remarked claims claimed
indicates indicated published publishes believes believed assessed assesses reported`.split(/\s+/u),
);
/** Words that may stand between a speaker and its verb: "ThreatLocker have reported", "Mandiant also said". */
const BEFORE_VERB = new Set(['has', 'have', 'had', 'also', 'previously', 'recently']);

/** What a word may do in a quotation: be its reporting verb, open "according to". */
const SPEECH_VERB = 1;
const ACCORDING = 2;

/** Written forms of the words that speak in the text: before a reporting verb or after "according to". */
const speakers = perText((ctx): ReadonlySet<string> => {
  const found = new Set<string>();
  const { tokens, sentenceOf } = ctx;
  // Asked of every token, answered once per distinct word.
  const role = new PerWordNumber(
    ({ norm }) => (SPEECH_VERBS.has(norm) ? SPEECH_VERB : norm === 'according' ? ACCORDING : 0),
    tokens,
  );
  for (let i = 0; i < tokens.length; i++) {
    const kind = role.get(tokens[i]!);
    if (kind === 0) continue;
    // From the verb back to its speaker: the speaker's lookup only at verbs.
    if (kind === SPEECH_VERB && i > 0) {
      const speaker = BEFORE_VERB.has(tokens[i - 1]!.norm) && i > 1 ? i - 2 : i - 1;
      if (sentenceOf[speaker] === sentenceOf[i]) found.add(tokens[speaker]!.text);
    }
    if (kind === ACCORDING && tokens[i + 1]?.norm === 'to') {
      const spoken = tokens[i + 2];
      if (spoken && sentenceOf[i + 2] === sentenceOf[i]) found.add(spoken.text);
    }
  }
  return found;
});

/** Whether the word at token i speaks anywhere in the text (written the same way). */
export const speaksInText = (ctx: TextContext, i: number): boolean =>
  speakers(ctx).has(ctx.tokens[i]?.text ?? '');
