/**
 * A state organ's name as a sentence of the briefing writes it: "attributed to the Ministry of State Security",
 * "the GRU", "the Islamic Revolutionary Guard Corps"; a name that carries its own determiner ("China's Ministry
 * of State Security") or a number ("Unit 29155") stays as it is.
 */
export function organInProse(name: string): string {
  if (OWN_DETERMINER.test(name)) return name;
  return ORGAN_WORD.test(name) || ACRONYM.test(name) ? `the ${name}` : name;
}

const OWN_DETERMINER = /^(?:the\s|unit\s|\d)|['’]s\s/iu;
const ORGAN_WORD =
  /\b(?:Ministry|Bureau|Directorate|Service|Agency|Department|Corps|Army|Force|Forces|Command|Committee|Administration|Office|Guard|Government)\b/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
