/**
 * Relations between extracted entities (issue 3 §4), each with the sentences that state it and, when the
 * text uses estimative language, the STIX confidence of that judgement (STIX 2.1 Appendix A):
 * - campaign attributed-to intrusion-set (or threat-actor when no set is named) — the reported activity;
 * - intrusion-set attributed-to threat-actor for a state organ (STIX §4.9: sets are attributed to actors);
 * - targets (campaign, intrusion-set -> identity, location, and a vulnerability it exploits), uses (->
 *   malware, tool, attack-pattern); malware exploits vulnerability;
 * - originates-from (intrusion-set -> location, never located-at), located-at (identity, threat-actor).
 * Conflicting attributions in one text are all kept: each is its own relation with its own evidence.
 */
import { countryByCode } from '../../geo/countries.ts';
import type { ExtractedEntity, ExtractedRelation, Mention, Span } from '../../analysis/types.ts';
import { firstEstimativePhrase, type EstimativePhrase } from '../confidence/estimative-language.ts';
import { inCitedAside } from './cited-aside.ts';
import { namedAsLineage } from './lineage.ts';
import { attributionAssessments, type CampaignAttribution } from './attribution-assessment.ts';
import { RelationBuilder } from './relation-builder.ts';
import { sentenceEvidence } from './sentence-evidence.ts';
import { familyAttributedTo, familyReferredTo } from './family-attributed.ts';
import {
  placeTargeted,
  victimOfTheCountry,
  sectorRightAfter,
  victimsOwnedAt,
} from './place-targets.ts';
import { ACTOR_NOUN, DIRECTING, originJudgement, originsListed, setOrigin } from './set-origin.ts';
import {
  AMONG_THE_VICTIMS,
  anaphoricSets,
  inRelativeClauseAfter,
  intrusionDoers,
  listsVictims,
  namedInNextSentence,
  organTrackedAs,
  personasOf,
  RUNS_THE_SET,
} from './referring-sets.ts';
import { linkPeople } from './people-links.ts';
import { linkFrontCompanies } from './front-links.ts';
import { flawsNamedBefore, setsExploitingFlawsNamedIn, setsTold } from './flaws-named-after.ts';
import { actingFamilyOf, ownActors, roleOf, type Placed, type Role } from './roles.ts';
import {
  ACCORDING_BEFORE,
  ACCORDING_REACH,
  attributesOthers,
} from '../entities/attributing-body.ts';
import { DEFINED_ORGANIZATION } from '../entities/companies.ts';
import { ELECTION_CAMPAIGN } from '../entities/election-campaigns.ts';
import { isReportedActivity } from '../../analysis/reported-activity.ts';
import {
  placeCampaignAnaphors,
  placeIdentifiedCulprits,
  reportedActivityOpening,
} from './campaign-anaphors.ts';
import { actingOpening, setAtWork, techniquesAfter } from './family-subject.ts';
import { intrusionUses } from './intrusion-uses.ts';
import { claimsResponsibility } from './claimed-responsibility.ts';
import { LINKED_TO, LISTED, linkedSets } from './linked-sets.ts';
import { intoCountry } from '../entities/country-intrusions.ts';
import { TELLING } from '../entities/company-victims.ts';
import { MALWARE_HEADS } from '../entities/cue-words.ts';
import { armedWith } from './armed-with.ts';
import { foundOnVictim } from './found-on-victim.ts';
import { isHeading } from '../sentences.ts';
import { Denials } from './denied.ts';
import { negatedBefore } from '../negated-clause.ts';
import { cuesIn, lastCue, lastCueEnd } from './triggers.ts';

export interface RelationOptions {
  /** Largest gap (characters) between a state organ and the set it is linked to. Default 160. */
  readonly linkWindow?: number;
}

export function extractRelations(
  text: string,
  sentences: readonly Span[],
  entities: readonly ExtractedEntity[],
  options: RelationOptions = {},
): ExtractedRelation[] {
  const linkWindow = options.linkWindow ?? 160;
  const bySentence = new Map<number, Placed[]>();
  for (const entity of entities) {
    const role = roleOf(entity);
    if (!role) continue;
    for (const mention of entity.mentions) {
      // "exploits from the Equation Group leaks": a group named as the source of leaked tools (or as whom a
      // company fronts for) does nothing in that sentence; the sentence's actor is whoever uses them.
      if (role === 'attacker' && LEAK_AFTER.test(text.slice(mention.end, mention.end + 24)))
        continue;
      // "Criminals posing as Lazarus Group threatened Travelex": the group impersonated is not the one acting.
      if (
        role === 'attacker' &&
        IMPOSTOR_BEFORE.test(text.slice(Math.max(0, mention.start - 80), mention.start))
      )
        continue;
      // A technique named in a pointer ("(see the section for more on sandbox evasion)") is mostly what the
      // sentence just described, not a name dropped in passing.
      if (entity.type !== 'attack-pattern' && inCitedAside(text, mention.start, mention.end))
        continue;
      const list = bySentence.get(mention.sentence) ?? [];
      list.push({ entity, mention, role });
      bySentence.set(mention.sentence, list);
    }
  }
  for (const [s, placed] of bySentence) if (placed.length > LIST_MENTIONS) bySentence.delete(s);
  placeCampaignAnaphors(text, sentences, entities, bySentence);
  placeIdentifiedCulprits(text, entities, bySentence);
  const out = new RelationBuilder();
  const keys = new Set(entities.map((e) => e.key));
  const denials = new Denials(text, sentences);
  const sentenceMention = (s: number): Mention =>
    sentenceEvidence(text, sentences[s] ?? { start: 0, end: 0 }, s);
  // Only a campaign's attribution falls back on it, and most texts name no campaign: read on first need.
  let attributionConfidence: DocumentConfidence | undefined;
  const documentConfidence = (actor: Placed, campaign: Placed): EstimativePhrase | undefined =>
    (attributionConfidence ??= documentAttributionConfidence(text, sentences, bySentence))(
      actor,
      campaign.entity.mentions[0]?.sentence ?? campaign.mention.sentence,
    );

  /**
   * "APT31, a group linked to China's MSS": a set attributed to a state organ near it; `actors` are the
   * sentence's other sets, of which one may stand nearer the link.
   */
  const linkToSponsors = (
    a: Placed,
    sponsors: readonly Placed[],
    actors: readonly Placed[],
  ): Placed[] => {
    const linked: Placed[] = [];
    const span = sentences[a.mention.sentence] ?? { start: 0, end: text.length };
    for (const sponsor of sponsors) {
      const [first, second] = a.mention.start < sponsor.mention.start ? [a, sponsor] : [sponsor, a];
      if (second.mention.start - first.mention.end > linkWindow) continue;
      if (first === a && nearerActorLinked(a, sponsor, actors, text)) continue;
      const aside = (b: Placed): boolean =>
        b.mention.end <= a.mention.start && asideEnd(b, sponsor, text) >= a.mention.end;
      if (first === a && actors.some(aside)) continue;
      const between = text.slice(first.mention.end, second.mention.start);
      // A semicolon parts the items of a list: "… and APT10; or the alleged link of PLA unit 61398 with
      // APT1" links the PLA to APT1, not to APT10.
      const apposed =
        first === a && APPOSITION_OPENS.test(between) && organsUnitAfter(text, second);
      // "GRU Unit 74455, also known as Sandworm Team": the set is the organ's unit, by another name.
      // "Unit 26165 of the GRU, also tracked as APT28": the unit named before its organ.
      const unitNamed =
        first === sponsor &&
        (((UNIT_IN_NAME.test(sponsor.mention.text) ||
          UNIT_OF_ORGAN.test(
            text.slice(Math.max(0, sponsor.mention.start - 24), sponsor.mention.start),
          )) &&
          KNOWN_AS.test(between)) ||
          ORGANS_ACTORS_NAMED.test(between) ||
          (LINKED_ACTORS_BEFORE.test(
            text.slice(Math.max(span.start, sponsor.mention.start - 60), sponsor.mention.start),
          ) &&
            SELF_NAMED_AFTER.test(between)));
      // "China's Ministry of State Security runs APT31": the organ first, the verb its own.
      const linking =
        cuesIn(between).has('link') ||
        WORKS_FOR.test(between) ||
        (first === sponsor && RUNS_BETWEEN.test(between));
      if ((!apposed && !unitNamed && !linking) || between.includes(';')) {
        continue;
      }
      if (denials.between(a.mention, sponsor.mention, 'link')) continue; // "is not linked to the GRU"
      // Only words inside the link itself qualify it ("likely linked to"); a judgement elsewhere in
      // the sentence is about something else.
      const near = firstEstimativePhrase(
        text,
        Math.max(span.start, first.mention.start - 30),
        second.mention.start,
      );
      // "attributed the attack with high confidence to Sandworm, a unit of the GRU": a judgement before
      // "to" the set qualifies the attribution the set is the object of, not the link after it.
      const local =
        near &&
        near.end <= first.mention.start &&
        OBJECT_OF_TO.test(text.slice(near.end, first.mention.start))
          ? undefined
          : near;
      out.add(
        'attributed-to',
        a.entity.key,
        sponsor.entity.key,
        sentenceMention(a.mention.sentence),
        local,
      );
      linked.push(sponsor);
    }
    return linked;
  };

  /**
   * targets and uses stated of an actor (or a named operation) in its sentence; `objects` are the mentions
   * it may relate to (all of the sentence's by default).
   */
  const actsLikeAnActor = (
    a: Placed,
    placed: readonly Placed[],
    cues: ReadonlySet<string>,
    evidence: Mention,
    phrase?: EstimativePhrase,
    objects: readonly Placed[] = placed,
  ): void => {
    if (cues.has('target')) {
      for (const v of [...withRole(objects, 'victim'), ...withRole(objects, 'place')]) {
        if (
          isTargetable(v, a, placed, text, sentences) &&
          !denials.amongMentions(placed, a, v, 'target') &&
          // "the intrusion into the ministry was not carried out by APT31"
          !denials.amongMentions(placed, a, v, 'attribution')
        )
          out.add('targets', a.entity.key, v.entity.key, evidence, phrase);
      }
    }
    if (cues.has('use')) {
      for (const c of withRole(objects, 'capability'))
        if (
          !denials.amongMentions(placed, a, c, 'use') &&
          !likenedBefore(a, c, text) &&
          !namedAsLineage(text, c.mention) &&
          !familyActsOn(a, c, placed, text) &&
          !anotherSubjectBetween(a, c, placed, text) &&
          !ownedByAnother(a, c, placed, text)
        )
          out.add('uses', a.entity.key, c.entity.key, evidence, phrase);
    } else if (cues.has('target')) {
      for (const c of withRole(objects, 'capability'))
        if (
          c.entity.type !== 'attack-pattern' &&
          armedWith(text, a.mention, c.mention) &&
          !denials.amongMentions(placed, a, c, 'target') &&
          !anotherSubjectBetween(a, c, placed, text)
        )
          out.add('uses', a.entity.key, c.entity.key, evidence, phrase);
    }
    if (!cues.has('use') && cues.has('attribution')) {
      // "… was responsible for the NotPetya attack in 2017": the family of an attack the actor did.
      // "BRICKSTORM, which Google attributes to UNC5221": a family attributed to the actor.
      for (const c of withRole(objects, 'capability'))
        if (
          (c.entity.type === 'malware' && attackNamedAfter(text, a, c)) ||
          familyAttributedTo(text, c, a)
        )
          out.add('uses', a.entity.key, c.entity.key, evidence, phrase);
        // "… to TA569, the actor behind the SocGholish framework": the apposition is stated, not judged.
        else if (c.entity.type === 'malware' && behindFamily(text, a, c))
          out.add('uses', a.entity.key, c.entity.key, evidence);
    }
    // "Volt Typhoon exploits vulnerabilities in public-facing appliances", "MirrorFace sent emails with
    // malicious attachments": the verb is the technique's own, and the actor does it.
    if (!cues.has('use')) {
      for (const c of withRole(objects, 'capability'))
        if (
          c.entity.type === 'attack-pattern' &&
          c.mention.start > a.mention.end &&
          (EXPLOIT_WORD.test(c.mention.text) ||
            OWN_VERB_OPENING.test(c.mention.text) ||
            ownVerbBefore(text, c.mention.start)) &&
          !denials.amongMentions(placed, a, c, 'exploit') &&
          !anotherSubjectBetween(a, c, placed, text)
        )
          out.add('uses', a.entity.key, c.entity.key, evidence, phrase);
    }
    // "Volt Typhoon exploited CVE-2023-46805": a vulnerability an actor exploits is one it targets (STIX);
    // so is one it uses ("using known Cisco vulnerabilities CVE-2020-3259 and CVE-2023-20269").
    // "… had been targeted by APT28 through a Microsoft Outlook vulnerability, CVE-2023-23397": the way in.
    const exploits = cues.has('exploit') || cues.has('use');
    if (exploits || cues.has('target')) {
      for (const v of withRole(objects, 'victim'))
        if (
          v.entity.type === 'vulnerability' &&
          (exploits ||
            THROUGH_FLAW.test(
              text.slice(Math.max(0, v.mention.start - THROUGH_REACH), v.mention.start),
            )) &&
          !denials.amongMentions(placed, a, v, 'exploit') &&
          !denials.amongMentions(placed, a, v, 'use')
        )
          out.add('targets', a.entity.key, v.entity.key, evidence, phrase);
    }
  };
  /**
   * "The Foo backdoor exploits CVE-2024-1234": with no actor or campaign in the sentence, the one family
   * before the exploit word exploits the vulnerabilities after it (STIX malware exploits vulnerability).
   */
  const familyExploits = (placed: readonly Placed[], evidence: Mention): void => {
    const vulnerabilities = placed.filter((p) => p.entity.type === 'vulnerability');
    if (vulnerabilities.length === 0) return;
    const families = placed.filter((p) => p.entity.type === 'malware');
    if (new Set(families.map((f) => f.entity.key)).size !== 1) return;
    const family = families[0]!;
    for (const v of vulnerabilities) {
      if (v.mention.start < family.mention.end) continue;
      const from = Math.max(family.mention.end, v.mention.start - CUE_REACH);
      if (!lastCue(text.slice(from, v.mention.start), 'exploit')) continue;
      if (denials.between(family.mention, v.mention, 'exploit')) continue;
      out.add('exploits', family.entity.key, v.entity.key, evidence);
    }
  };
  /** A relation two sentences state together, `first` before `second`: the evidence is both. */
  const addFromBoth = (
    type: string,
    source: Placed,
    target: Placed,
    first: number,
    second: number,
  ): void => {
    out.add(type, source.entity.key, target.entity.key, sentenceMention(first));
    out.add(type, source.entity.key, target.entity.key, sentenceMention(second));
  };
  const intrusions = entities.filter((e) => e.type === 'campaign');
  const reportedActivity = intrusions.find(isReportedActivity);
  const sets = entities.filter((e) => e.type === 'intrusion-set');
  const soleIntrusion =
    intrusions.length === 1 && intrusions[0]!.via === 'intrusion-of-victim'
      ? intrusions[0]
      : undefined;
  const campaignAttributions: CampaignAttribution[] = [];
  for (const placed of bySentence.values())
    placed.sort((a, b) => a.mention.start - b.mention.start);
  const anaphors = anaphoricSets(text, sentences, bySentence);
  for (const [s, placed] of bySentence) {
    const span = sentences[s] ?? { start: 0, end: text.length };
    const evidence = sentenceMention(s);
    const campaigns = withRole(placed, 'campaign');
    // "APT28 sent phishing e-mails. The group used X-Agent against banks.": the set "the group" stands for;
    // where the sentence names sets too, they are an aside that ties "the group" to them.
    const anaphor = anaphors.get(s);
    // "Void Manticore launches wiper attacks … under the Handala persona": the persona is the set's mask.
    const attackers = withRole(placed, 'attacker');
    const masks = personasOf(text, attackers);
    const unmasked = masks.length > 0 ? attackers.filter((p) => !masks.includes(p)) : attackers;
    const stated = anaphor ? [] : unmasked.length > 0 ? unmasked : attackers;
    // "A China-based hacking group breached … . Microsoft said the group, which it tracks as Storm-0558, …":
    // the set the next sentence names for the actor this one describes.
    // A sentence telling of an intrusion too: "Germany said that hackers … had targeted the SPD, as well as
    // companies in the defence sector. … attribute the campaign to the group APT28".
    const referent =
      stated.length === 0
        ? (anaphor ?? namedInNextSentence(text, sentences, s, bySentence))
        : undefined;
    // Cue words and the estimative phrase only matter for a sentence naming an actor or a campaign, or
    // speaking of one; most sentences with a mention do neither, so skip scanning their words.
    // "… attributed to the Russian military intelligence service cyberattacks that targeted French entities":
    // a state organ alone in its sentence acts as an actor does.
    const sponsors = withRole(placed, 'sponsor');
    const actingOrgan =
      stated.length === 0 &&
      campaigns.length === 0 &&
      !referent &&
      sponsors.length > 0 &&
      // "Russia's Federal Security Service (FSB)": one organ, however many of its names.
      sponsors.every((p) => p.entity.key === sponsors[0]!.entity.key) &&
      !sponsors.some(
        (p) =>
          speakerOf(text, p.mention.end) ||
          (sets.length > 0 && namesWordOfAnother(text, p.mention.end)),
      )
        ? sponsors[0]
        : undefined;
    // "Medusa actors use Rclone …": the family's own people, where nothing else in the sentence acts.
    const actingFamily =
      stated.length === 0 && campaigns.length === 0 && !referent && !actingOrgan
        ? actingFamilyOf(text, placed)
        : undefined;
    // "PixyLoader persists through a Run key …": a family opening the sentence, acting.
    const acting = stated.length === 0 && !referent ? actingOpening(text, span, placed) : undefined;
    // "Akira ransomware has impacted … businesses": the set named like the family, at work.
    const atWork =
      acting && campaigns.length === 0 && !actingOrgan && !actingFamily
        ? setAtWork(acting, sets)
        : undefined;
    // "… had breached its network. The attackers chained CVE-2023-46805 …": the one intrusion's doers.
    const doers =
      stated.length === 0 && campaigns.length === 0 && !referent && soleIntrusion
        ? intrusionDoers(text, sentences, s, bySentence, soleIntrusion)
        : undefined;
    const judged =
      stated.length > 0 ||
      campaigns.length > 0 ||
      referent !== undefined ||
      actingOrgan !== undefined ||
      actingFamily !== undefined ||
      atWork !== undefined ||
      doers !== undefined;
    const cues = judged ? cuesIn(text.slice(span.start, span.end)) : new Set<string>();
    const phrase = judged ? firstEstimativePhrase(text, span.start, span.end) : undefined;
    // The set behind the persona, which the sentence names or stands for, as sure as the sentence says ("a
    // hacktivist persona that we assess with moderate confidence is operated by Void Manticore").
    const wearer = unmasked.length === 1 ? unmasked[0] : anaphor?.placed;
    if (wearer)
      for (const mask of masks)
        if (mask.entity.key !== wearer.entity.key)
          out.add('related-to', wearer.entity.key, mask.entity.key, evidence, phrase);
    // The judgement of what the actor is does not qualify what it does.
    // "Star Blizzard, a group almost certainly subordinate to the FSB, …": nor does a judgement in the
    // apposition after the actor's name.
    // "…has impacted organizations in Canada, but their impact is almost certainly broader": nor one a
    // contrast opens after the actor.
    const actPhrase =
      describes(text, phrase) ||
      (phrase &&
        stated.some(
          (a) => inApposition(text, a.mention, phrase) || inContrastAfter(text, a.mention, phrase),
        ))
        ? undefined
        : phrase;

    // "The directorate said the group … also leaked data stolen from X": the set "the group" stands for.
    const told = campaigns.length > 0 ? anaphor?.placed : undefined;
    for (const campaign of campaigns) {
      const victims = campaign.entity.properties?.['victims'] ?? [
        campaign.entity.properties?.['victim'],
      ];
      for (const victim of victims as unknown[])
        if (typeof victim === 'string') out.add('targets', campaign.entity.key, victim, evidence);
      // A named operation is told of like an actor: "Operation X targeted telecoms in Taiwan with Y".
      // A named campaign ("Operation Dream Job") is told of like an actor, and so are attacks on a country's
      // organizations ("cyberattacks targeting a dozen French entities, including ministries"); an
      // intrusion into one victim is not.
      if (
        (campaign.entity.via !== 'intrusion-of-victim' && !isReportedActivity(campaign.entity)) ||
        intoCountry(campaign.entity)
      )
        actsLikeAnActor(campaign, placed, cues, evidence);
      else
        for (const family of intrusionUses(text, campaign, placed))
          out.add('uses', campaign.entity.key, family.entity.key, evidence);
      const subjects = stated.length > 0 ? stated : told ? [told] : withRole(placed, 'sponsor');
      const judgement = attributionJudgement(text, span, phrase, subjects);
      for (const a of subjects) {
        // "The intrusion was not attributed to APT31".
        if (denials.between(campaign.mention, a.mention, 'attribution')) continue;
        if (inLaterClause(text, campaign.mention, a.mention)) continue;
        if (anotherSubjectAfterClause(text, campaign.mention, a, subjects)) continue;
        if (timeReference(text, campaign.mention)) continue;
        if (describesAnother(text, campaign.mention, a.mention, subjects)) continue;
        const confidence = judgement ?? documentConfidence(a, campaign);
        out.add('attributed-to', campaign.entity.key, a.entity.key, evidence, confidence);
        campaignAttributions.push({
          source: campaign.entity.key,
          target: a.entity.key,
          sentence: s,
        });
      }
    }
    // "Microsoft has identified the threat actor as Midnight Blizzard": who did the one intrusion told of,
    // or, of several, the one told of last before.
    const identified =
      campaigns.length === 0 ? (soleIntrusion ?? toldBefore(intrusions, s)) : undefined;
    if (identified) {
      for (const a of stated) {
        const before = text.slice(Math.max(span.start, a.mention.start - 80), a.mention.start);
        if (IDENTIFIED_AS.test(before) || claimsResponsibility(text, a.mention)) {
          out.add('attributed-to', identified.key, a.entity.key, evidence, phrase);
        }
      }
      // "Interlock took responsibility": a ransomware family's people claiming the intrusion, which used it.
      for (const f of placed)
        if (f.entity.type === 'malware' && claimsResponsibility(text, f.mention))
          out.add('uses', identified.key, f.entity.key, evidence);
    }
    for (const [told, tied] of linkedSets(text, placed))
      out.add(
        'related-to',
        told.entity.key,
        tied.entity.key,
        evidence,
        linkRating(text, phrase, told),
      );
    linkPeople(text, placed, referent?.placed, evidence, out);
    const tracked = organTrackedAs(text, sentences, s, bySentence);
    if (tracked)
      addFromBoth('attributed-to', tracked.set, tracked.organ, tracked.organ.mention.sentence, s);
    linkFrontCompanies(placed, evidence, out);
    const exploiters =
      stated.length === 0
        ? setsExploitingFlawsNamedIn(
            text,
            sentences,
            s,
            bySentence,
            (k) => (anaphors.get(k) ?? namedInNextSentence(text, sentences, k, bySentence))?.placed,
          )
        : [];
    for (const { sets: told, sentence } of exploiters)
      for (const set of told)
        for (const v of placed.filter((p) => p.entity.type === 'vulnerability'))
          addFromBoth('targets', set, v, sentence, s);
    // "CISA added CVE-2026-20352 to its catalog. … the vulnerability has been exploited by Salt Typhoon".
    const named = anaphor ? undefined : flawsNamedBefore(text, sentences, s, bySentence);
    if (named) {
      for (const set of setsTold(placed, text))
        for (const v of named.flaws) addFromBoth('targets', set, v, named.sentence, s);
    }
    for (const a of stated) {
      // "… a new malware called Authentic Antics. The NCSC attributed the malware to APT28."
      const family = familyReferredTo(text, a, bySentence.get(s - 1) ?? []);
      if (family) addFromBoth('uses', a, family, s - 1, s);
      linkToSponsors(a, withRole(placed, 'sponsor'), stated);
      if (!linkedFrom(a, stated, text)) actsLikeAnActor(a, placed, cues, evidence, actPhrase);
      const origin = setOrigin(a, placed, text);
      if (origin) {
        const judged = originJudgement(text, evidence, a, origin);
        for (const place of originsListed(origin, placed, text))
          out.add('originates-from', a.entity.key, place.entity.key, evidence, judged);
      }
    }
    // "Unit 29155 cyber actors primarily target …", "The SVR exploited CVE-2023-42793 …"
    // "The GRU unit 26165 actors used …": what the organ's own people do, whatever it is.
    if (
      actingOrgan &&
      (cues.has('target') || cues.has('exploit') || ownActors(text, actingOrgan.mention))
    ) {
      actsLikeAnActor(actingOrgan, placed, cues, evidence, actPhrase);
    }
    if (actingFamily) {
      const others = placed.filter((p) => p.entity.key !== actingFamily.entity.key);
      actsLikeAnActor(actingFamily, placed, cues, evidence, actPhrase, others);
    }
    if (atWork) actsLikeAnActor(atWork, placed, cues, evidence, actPhrase);
    if (doers) {
      const after = placed.filter((p) => p.mention.start >= doers.mention.end);
      actsLikeAnActor(doers, placed, cues, evidence, undefined, after);
    }
    // "The campaign has affected …": the activity, as well as the set "the campaign" may stand for.
    const reportedActing =
      stated.length === 0 && campaigns.length === 0
        ? reportedActivityOpening(text, span, s, reportedActivity)
        : undefined;
    if (reportedActing)
      actsLikeAnActor(reportedActing, placed, cuesIn(text.slice(span.start, span.end)), evidence);
    if (!judged) familyExploits(placed, evidence);
    if (referent) {
      // The sentence naming the set is evidence too: it says who "the group" is.
      const named = sentenceMention(referent.named);
      for (const sponsor of linkToSponsors(referent.placed, withRole(placed, 'sponsor'), stated)) {
        out.add('attributed-to', referent.placed.entity.key, sponsor.entity.key, named);
      }
      // No confidence: such a sentence's estimative words judge something else in the corpus ("used a likely
      // compromised account", "an APT who we assess with high confidence supports …").
      // What stands before "the group" is the speaker's clause ("Germany's Interior Ministry said the same
      // group …"), not what the group did.
      // "… said its institutions had also been targeted by the same group": the agent of a passive, whose
      // victims stand before it; not where the clause denies it ("cannot confirm that all those attacks were
      // committed by the same threat actor").
      const { start } = referent.placed.mention;
      const agent =
        text.slice(Math.max(span.start, start - 3), start).endsWith('by ') &&
        !negatedBefore(text, start);
      const after = agent
        ? placed
        : placed.filter((p) => p.mention.start >= referent.placed.mention.end);
      for (const line of [evidence, named]) {
        actsLikeAnActor(referent.placed, placed, cues, line, undefined, after);
      }
      const origin = setOrigin(referent.placed, placed, text);
      if (origin)
        out.add('originates-from', referent.placed.entity.key, origin.entity.key, evidence);
    }
    if (acting) {
      for (const t of techniquesAfter(acting, placed))
        out.add('uses', acting.entity.key, t.entity.key, evidence);
    }
    for (const p of placed) {
      if (p.role !== 'victim' && p.role !== 'sponsor' && p.entity.type !== 'threat-actor') continue;
      const code = p.entity.properties?.['country'];
      if (typeof code !== 'string') continue;
      const locationKey = `location:${code}`;
      if (keys.has(locationKey)) {
        out.add('located-at', p.entity.key, locationKey, evidence);
      }
    }
  }
  for (const [s, placed] of bySentence) {
    const heading = sentences[s - 1];
    const above = bySentence.get(s - 1);
    if (!heading || !above || !isHeading(text, heading)) continue;
    // "### Sandworm Team" / "Since at least 2009, the group has targeted …", "**Dridex**" / "TA575
    // distributed it …": a heading names what the first sentence under it speaks of; the two are read
    // together for what one names and the other relates to it, each line evidence.
    const both = [...above, ...placed].sort((a, b) => a.mention.start - b.mention.start);
    const end = sentences[s]?.end ?? heading.end;
    const cues = cuesIn(text.slice(heading.start, end));
    const phrase = firstEstimativePhrase(text, heading.start, end);
    const evidence = [sentenceMention(s - 1), sentenceMention(s)];
    const actsOn = (actors: readonly Placed[], objects: readonly Placed[]): void => {
      for (const a of actors)
        for (const line of evidence) actsLikeAnActor(a, both, cues, line, phrase, objects);
    };
    actsOn(withRole(placed, 'attacker'), above);
    // The heading's actor only where the sentence names none of its own.
    const headed = withRole(above, 'attacker');
    const one = headed.every((p) => p.entity.key === headed[0]?.entity.key);
    if (one && withRole(placed, 'attacker').length === 0) actsOn(headed.slice(0, 1), placed);
  }
  for (const { campaign, family, sentence } of foundOnVictim(text, sentences, entities)) {
    out.add('uses', campaign, family, sentenceMention(sentence));
  }
  const namesActor = (s: number): boolean =>
    (bySentence.get(s) ?? []).some((p) => p.role === 'attacker');
  for (const { attribution, sentence, phrase } of attributionAssessments(
    text,
    sentences,
    campaignAttributions,
    namesActor,
  )) {
    const { source, target } = attribution;
    out.restate('attributed-to', source, target, sentenceMention(sentence), phrase);
  }
  return out.relations();
}

/**
 * More mentions than this in one sentence make it a list or a table run together, not a statement (the 551
 * real reports name at most 85 in a sentence): it states no relation, and each sentence's pairwise work
 * stays bounded on hostile input ("APT1 APT1 …" a megabyte long).
 */
const LIST_MENTIONS = 200;

/**
 * A leak right after a group's name ("the Equation Group leaks", "the Shadow Brokers' dump"), a zero-day
 * it had ("incorporated the HackingTeam 0day"), or a front company ("UK blames China for Electoral
 * Commission hack and sanctions APT31 front company"): the sentence speaks of those, not of the group.
 */
const LEAK_AFTER =
  /^(?:['’]s?)?\s(?:leak|leaks|leaked|dump|dumps|0day|0-day|zero-day|front\s+(?:company|companies|firm))\b/iu;

const OBJECT_OF_TO = /\bto\s+(?:the\s+)?$/u;

/** Words before a group's name that make whoever acts an impostor: "posing as", "claiming to be". */
const IMPOSTOR_BEFORE =
  /\b(?:posing as|pos(?:es|ed) as|pretend(?:s|ed|ing)? to be|impersonat(?:es|ed|ing)|claim(?:s|ed|ing)? to be|masquerad(?:es|ed|ing) as|purport(?:s|ed|ing)? to be)\b[^.,;\n]{0,60}$/u;

/** The mentions of a sentence that play `role` (module level: no closure made per sentence). */
const withRole = (placed: readonly Placed[], role: Role): Placed[] =>
  placed.filter((p) => p.role === role);

/**
 * "Gallium is likely a Chinese state-sponsored group that is targeting telecoms": the judgement is about what
 * the actor is, not about what the sentence says it does ("APT28 likely targeted banks" judges the act).
 */
function describes(text: string, phrase: EstimativePhrase | undefined): boolean {
  if (!phrase) return false;
  const before = text.slice(Math.max(0, phrase.start - 6), phrase.start);
  return (
    /\b(?:is|are|was|were)\s+$/iu.test(before) &&
    /^\s+an?\s/iu.test(text.slice(phrase.end, phrase.end + 4))
  );
}

/** What lists a set with the one before it: a comma, "and", "or", after its aliases in brackets. */
const LISTED_AFTER = /^\s*(?:\([^()]{0,80}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)$/u;

/**
 * "DEV-1084 likely worked in partnership with MERCURY—an Iran-based actor that … linked to Iran’s MOIS":
 * another set standing between the set and the state organ is the one linked, unless the two are listed
 * together ("APT28 and APT29 are linked to …").
 */
function nearerActorLinked(
  a: Placed,
  sponsor: Placed,
  actors: readonly Placed[],
  text: string,
): boolean {
  const aside = asideEnd(a, sponsor, text);
  return actors.some(
    (b) =>
      b.entity.key !== a.entity.key &&
      b.mention.start >= a.mention.end &&
      b.mention.end <= sponsor.mention.start &&
      b.mention.end > aside &&
      !LISTED_AFTER.test(text.slice(a.mention.end, b.mention.start)),
  );
}

/**
 * "Salt Typhoon, which overlaps with activity tracked as GhostEmperor, is believed to be operated by the MSS":
 * where the relative clause right after `a`, closed by a comma before the sponsor's mention, ends; -1 when none
 * does. The sets it names are an aside; the link is `a`'s.
 */
function asideEnd(a: Placed, sponsor: Placed, text: string): number {
  if (a.mention.end > sponsor.mention.start) return -1;
  const aside = ASIDE_CLAUSE.exec(text.slice(a.mention.end, sponsor.mention.start));
  return aside ? a.mention.end + aside[0].length : -1;
}
/** A relative clause right after a name, closed by a comma; the commas of a list of names stay inside it. */
const ASIDE_CLAUSE = /^, (?:which|who)\b(?:[^,.;]|, (?=\p{Lu}|and |or ))*,/u;

/** "is believed to work for North Korea's RGB": working for an organ, not with others. */
/** Only the words that run the set between an organ and it: "China's MSS runs APT31". */
const RUNS_BETWEEN = new RegExp(String.raw`^ ${RUNS_THE_SET} $`, 'u');
const WORKS_FOR = /\bwork(?:s|ed|ing)?\s+(?:for|on\s+behalf\s+of)\s/u;

/**
 * "TA410 is … loosely linked to APT10, known mostly for targeting US-based organizations": an actor another
 * actor of the sentence is linked to is not the one the sentence says acts.
 */
function linkedFrom(a: Placed, actors: readonly Placed[], text: string): boolean {
  // "… overlaps with activity tracked as GhostEmperor and FamousSparrow": a name listed after a linked one.
  const listedAfter = actors.find(
    (b) =>
      b.mention.end <= a.mention.start && LISTED.test(text.slice(b.mention.end, a.mention.start)),
  );
  if (listedAfter) return linkedFrom(listedAfter, actors, text);
  const before = text.slice(Math.max(0, a.mention.start - 40), a.mention.start);
  return (
    LINKED_TO.test(before) &&
    actors.some((b) => b.entity.key !== a.entity.key && b.mention.end <= a.mention.start)
  );
}

/** "a senior IRGC official … pinned the attack on Israel": a person of the organ speaks; the organ acts not. */
const SPEAKER_AFTER =
  /^\s+(?:officials?|spokes(?:man|woman|person)|ministers?|heads?|chiefs?|commanders?)\b/u;
const speakerOf = (text: string, end: number): boolean =>
  SPEAKER_AFTER.test(text.slice(end, end + 20));
/**
 * "Iranian MOIS-Affiliated Actor Targets Israeli Municipalities": the organ's name is a word of another actor's
 * description. Where the report names a set, that actor is one and acts, not the organ; where it names none
 * ("CISA has observed Chinese MSS-affiliated cyber threat actors …"), the organ stands for its actors.
 */
const DESCRIBING_ANOTHER =
  /^-(?:affiliated|linked|backed|sponsored|aligned|tied|directed|nexus)\b/iu;
const namesWordOfAnother = (text: string, end: number): boolean =>
  DESCRIBING_ANOTHER.test(text.slice(end, end + 12));

/** A victim or place is a target when it is not the attacker's own origin and is not an agency. */
function isTargetable(
  v: Placed,
  attacker: Placed,
  placed: readonly Placed[],
  text: string,
  sentences: readonly Span[],
): boolean {
  if (anotherSubjectBetween(attacker, v, placed, text)) return false;
  // "Change Healthcare paid ransom after ALPHV attack, UnitedHealth says": who tells it all, not a target.
  const sentence = sentences[v.mention.sentence];
  if (sentence && tellsLast(text.slice(v.mention.end, sentence.end))) return false;
  if (sentence && otherClause(text, sentence, attacker, v)) return false;
  if (actedUpon(text, attacker, v)) return false;
  // "…, according to the German interior ministry": the source of the list, not one of its victims.
  if (
    ACCORDING_BEFORE.test(
      text.slice(Math.max(0, v.mention.start - ACCORDING_REACH), v.mention.start),
    )
  )
    return false;
  if (v.role === 'victim') {
    if (
      PUNISHED_BEFORE.test(
        text.slice(Math.max(0, v.mention.start - PUNISHED_REACH), v.mention.start),
      )
    )
      return false;
    if (v.entity.via === 'government-body') {
      return !sentence || !attributesOthers(text, sentence, v.mention);
    }
    // A sector, or a company the words make the target ("APT41 breached Acme Corp."), not one named
    // beside the actor for another reason ("APT41 abused Acme Corp. servers").
    const named =
      v.entity.properties?.['identity_class'] === 'class' ||
      v.entity.via === 'company-name' ||
      v.entity.via === 'company-listed' ||
      v.entity.via === 'company-description' ||
      v.entity.via === 'company-named-group' ||
      v.entity.via === 'institution-name' ||
      v.entity.via === ELECTION_CAMPAIGN ||
      v.entity.via === DEFINED_ORGANIZATION ||
      // A known organization is told of mostly as a speaker ("CISA and the FBI assess that"); a victims'
      // list makes it one ("Victims include the NNSA and the Department of Education").
      (v.entity.via === 'organization-name' &&
        sentence !== undefined &&
        listsVictims(text, sentence));
    return named && saysTargeted(attacker, v, placed, text);
  }
  const origin = setOrigin(attacker, placed, text);
  if (origin?.entity.key === v.entity.key) return false;
  if (topicOfPeople(v, text)) return false;
  if (placeTargeted(v, attacker, placed, text) || victimsTargetedBy(v, attacker, text)) return true;
  // "knocked the websites of several Danish ministries offline": the state of a targeted sector's people.
  const owned =
    sectorRightAfter(v, placed, text) ??
    victimOfTheCountry(v, placed, text, sentences[v.mention.sentence]?.start ?? 0);
  return owned !== undefined && isTargetable(owned, attacker, placed, text, sentences);
}

/** Words that make the actor after them what others act on: "an operation against", "the takedown of". */
const ACTED_UPON_BEFORE =
  /\b(?:operations?|actions?|crackdown|campaign|measures|sanctions|takedown|disruption) (?:against|on|of) (?:the )?(?:[\p{L}-]+ ){0,3}$/u;
const ACTED_UPON_REACH = 60;

/**
 * "Europol coordinated an operation against NoName057(16) that … led to two arrests in France and Spain": the
 * actor others act on targets nothing its clause names after it, unless a word of targeting stands between
 * ("action against Star Blizzard, which targeted NGOs in the UK").
 */
function actedUpon(text: string, attacker: Placed, v: Placed): boolean {
  const { start, end } = attacker.mention;
  if (v.mention.start < end) return false;
  const before = text.slice(Math.max(0, start - ACTED_UPON_REACH), start);
  return ACTED_UPON_BEFORE.test(before) && !cuesIn(text.slice(end, v.mention.start)).has('target');
}

/** A clause after a semicolon that opens on a subject of its own: "; one of them produces …", "; it is …". */
const OWN_SUBJECT =
  /^;\s+(?:one|some|most|many|all|none|each|it|they|this|these|those|the|its|their|he|she|we)\b/iu;

/**
 * "The targeted companies are located in Poland, Serbia and Italy; one of them produces components for drones
 * deployed in Ukraine": a place in a clause after the actor's, with a subject of its own and no word of
 * targeting, is no target.
 */
function otherClause(text: string, sentence: Span, attacker: Placed, v: Placed): boolean {
  const from = Math.max(sentence.start, attacker.mention.end, v.mention.start - CLAUSE_REACH);
  const before = text.slice(from, v.mention.start).lastIndexOf(';');
  if (before < 0) return false;
  const after = text.slice(v.mention.end, Math.min(sentence.end, v.mention.end + CLAUSE_REACH));
  const next = after.indexOf(';');
  const clause = text.slice(
    from + before,
    next < 0 ? v.mention.end + after.length : v.mention.end + next,
  );
  return OWN_SUBJECT.test(clause) && !cuesIn(clause).has('target');
}
/** How far from a place its clause's semicolons are looked for. */
const CLAUSE_REACH = 300;

/** People a country's name says what they know of: "North Korea experts", "Russia watchers". */
const TOPIC_PEOPLE = /^[ -](?:experts?|specialists?|watchers?|analysts?|scholars?|hawks?)\b/iu;

/**
 * "to target North Korea experts": the country is what the targeted people study, not a target. Only its name
 * ("South Korean analysts" are people of South Korea).
 */
function topicOfPeople(place: Placed, text: string): boolean {
  const code = place.entity.properties?.['country'];
  const names = typeof code === 'string' ? countryByCode(code)?.names : undefined;
  return (
    names !== undefined &&
    names.includes(place.mention.text) &&
    TOPIC_PEOPLE.test(text.slice(place.mention.end, place.mention.end + 14))
  );
}

/**
 * "Treasury sanctioned Integrity Technology Group … for its role in intrusions carried out by Flax Typhoon": a
 * company sanctioned, indicted or charged is punished for its part, not the intrusions' victim.
 */
const PUNISHED_BEFORE =
  /\b(?:sanctioned|sanctions|sanctioning|indicted|charged|(?:sanctions|measures)\s+(?:on|against))\s+(?:the\s+)?$/u;
const PUNISHED_REACH = 40;

const EXPLOIT_WORD = /\bexploit/iu;
/** "by having its operators impersonate IT support personnel": the technique's words open on its own verb. */
const OWN_VERB_OPENING = /^(?:impersonat|pos(?:e|es|ed|ing)\sas\b)/iu;
/**
 * "through a Microsoft Outlook vulnerability, ", "via the flaw (": the words right before the flaw's id; so too
 * the way in left open ("through an appliance that had not been patched against ", "an unpatched Citrix
 * appliance (").
 */
const THROUGH_FLAW =
  /\b(?:through|via)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:vulnerability|vulnerabilities|flaw|flaws|bug|zero-day)(?:,\s*|\s+|\s*\(\s*)$|\bpatched\s+(?:against|for)\s+$|\bunpatched\s+(?:[\p{L}-]+\s+){0,4}\(\s*$/u;
const THROUGH_REACH = 90;
/** "sent emails with malicious attachments": the verb right before a technique's words. */
const SENT_BEFORE = /\b(?:sent|sends|send|sending)\s+(?:(?:\p{L}+-)?\p{L}+\s+){0,2}$/u;
/** "by exploiting known or zero-day vulnerabilities in public-facing …": a few words after the verb. */
const EXPLOITING_BEFORE = /\bexploit(?:ed|ing)\s+(?:[\p{L}-]+\s+){0,4}$/iu;
const OWN_VERB_REACH = 60;
/** The technique's own verb stands right before its words, so whoever does the verb does the technique. */
const ownVerbBefore = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - OWN_VERB_REACH), start);
  return SENT_BEFORE.test(before) || EXPLOITING_BEFORE.test(before);
};
/** A verb right after a name, ending the sentence ("…, UnitedHealth says."); group 1 the verb. */
const VERB_LAST = /^ (\p{Ll}+)(?: on \p{Lu}\p{Ll}+)?[.!?]?\s*$/u;
/** The name before `rest` tells the sentence: a company's verb of telling (company-victims.ts) ends it. */
const tellsLast = (rest: string): boolean => TELLING.has(VERB_LAST.exec(rest)?.[1] ?? '');

/**
 * Words that open a clause about another subject: "APT29 spied on ministries, while Sandworm attacked …",
 * "… said that APT27 exploited the flaws, and that a third group it tracks as Storm-2603 deployed …".
 */
const CONTRAST = /\bwhile\b|\bwhereas\b|;|\bbut\b|, and that\b/u;

/**
 * Another actor between the actor and what the sentence tells that is the subject of what follows it: after
 * a word that contrasts it with the first ("APT28 and APT29 continued espionage against foreign ministries,
 * while Sandworm focused on disruptive attacks against Ukrainian critical infrastructure"), or opening a
 * relative clause that holds it, up to the clause's next comma ("Researchers linked Rhysida to the Vice
 * Society group, which targeted schools and hospitals").
 */
function anotherSubjectBetween(
  attacker: Placed,
  v: Placed,
  placed: readonly Placed[],
  text: string,
): boolean {
  if (v.mention.start < attacker.mention.end) return earlierClauses(attacker, v, placed, text);
  return placed.some((p) => {
    if (p.role !== 'attacker' || p.entity.key === attacker.entity.key) return false;
    if (p.mention.start < attacker.mention.end || p.mention.end > v.mention.start) return false;
    const before = text.slice(attacker.mention.end, p.mention.start);
    if (CONTRAST.test(before) || CLAUSE_SUBJECT.test(before)) return true;
    const clause = text.slice(p.mention.end, v.mention.start);
    const opening = RELATIVE_OPENING.exec(clause);
    return opening !== null && !clause.includes(',', opening[0].length);
  });
}
/**
 * "UNC5174 deployed the SNOWLIGHT downloader, while CL-STA-0048 tried to open reverse shells": a mention before
 * the attacker's own clause, which another attacker's clause holds, is that attacker's.
 */
function earlierClauses(
  attacker: Placed,
  v: Placed,
  placed: readonly Placed[],
  text: string,
): boolean {
  if (!CLAUSE_OPENS_BEFORE.test(text.slice(v.mention.end, attacker.mention.start))) return false;
  return placed.some(
    (p) =>
      p.role === 'attacker' &&
      p.entity.key !== attacker.entity.key &&
      p.mention.end <= v.mention.start,
  );
}
const CLAUSE_OPENS_BEFORE = /[\s,;](?:while|whilst|whereas|but|and)\s+$/u;
/** "Gamaredon provided initial access that Turla then used to deploy Kazuar": the other opens its own clause. */
const CLAUSE_SUBJECT = /\s(?:that|which|whom|while|whereas)\s$/u;

/**
 * "Gamaredon's PteroGraphin tool being used to restart Turla's Kazuar backdoor": a capability written as
 * another attacker's possession is that attacker's, whoever else the sentence names.
 */
function ownedByAnother(
  attacker: Placed,
  c: Placed,
  placed: readonly Placed[],
  text: string,
): boolean {
  return placed.some(
    (p) =>
      p.role === 'attacker' &&
      p.entity.key !== attacker.entity.key &&
      p.mention.end < c.mention.start &&
      POSSESSIVE_GAP.test(text.slice(p.mention.end, c.mention.start)),
  );
}
/** What stands between an owner's name and its possession: "'s ", "’s ", or a bare "' " after an s. */
const POSSESSIVE_GAP = /^['’]s? $/u;

/**
 * ", which", after a closing quote, the name's acronym or at most two words naming what the actor is: " group,
 * which", "” (CARR), which".
 */
const RELATIVE_OPENING = /^["”’]?(?:\s\([^()]{1,20}\))?(?:\s\p{Ll}+){0,2},\s(?:which|who)\s/u;

/**
 * A sector is targeted only when a targeting word governs it and the actor is the one doing it: "APT28
 * targeted banks", "used X-Agent against banks", "known for targeting organizations in the energy
 * sector", "banks were hit by APT28" — not a sector merely named in the same sentence ("the breach let
 * APT31 linger within critical infrastructure systems").
 */
function saysTargeted(
  attacker: Placed,
  sector: Placed,
  placed: readonly Placed[],
  text: string,
): boolean {
  const actorBetween = (from: number, to: number) =>
    placed.some((p) => p.role === 'attacker' && p.mention.start >= from && p.mention.end <= to);
  if (attacker.mention.end <= sector.mention.start) {
    // The targeting word nearest the sector, after the actor, with no other actor in between.
    const from = attacker.mention.end;
    const cueEnd = lastCueEnd(text.slice(from, sector.mention.start), 'target');
    if (cueEnd < 0) return listedAsVictim(text, sector);
    const cue = from + cueEnd;
    if (newSubjectBetween(from, cue, placed, text)) return false;
    return sector.mention.start - cue <= TARGET_WINDOW && !actorBetween(cue, sector.mention.start);
  }
  // Passive: "banks were hit by APT28", "a campaign against banks by the group APT28", "the attacks on
  // Danish banks were claimed by NoName057(16)".
  const [from, to] = [sector.mention.end, attacker.mention.start];
  if (actorBetween(from, to)) return false;
  const between = text.slice(from, to);
  const agent = agentLast(between);
  if (!agent) return false;
  if (cuesIn(between).has('target')) return true;
  const before = text.slice(
    Math.max(0, sector.mention.start - ATTACKS_ON_REACH),
    sector.mention.start,
  );
  const { words, by } = agent;
  // "a serious cyberattack on its critical information infrastructure by UNC3886": the attack noun's agent.
  return (
    (by === 0 || CLAIMED_BY.test(words.slice(Math.max(0, by - 2), by + 1).join(' '))) &&
    ATTACKS_ON.test(before)
  );
}

/** The words between a victim and its attacker when they end on "by" and the agent's words, if they do. */
function agentLast(between: string): { words: readonly string[]; by: number } | undefined {
  if (between.length > TARGET_WINDOW) return undefined;
  const words: readonly string[] = between.toLowerCase().match(LETTERS) ?? [];
  const by = words.lastIndexOf('by');
  return by < 0 || words.length - by > MAX_AGENT_WORDS ? undefined : { words, by };
}

/**
 * "Czech institutions had been targeted by APT28", "The Czech Republic said that some of its institutions had
 * been targeted by APT28": a place whose victims a passive says the attacker targeted.
 */
function victimsTargetedBy(v: Placed, attacker: Placed, text: string): boolean {
  const owned = victimsOwnedAt(v, attacker, text);
  if (owned === undefined || attacker.mention.start - owned > TARGET_WINDOW) return false;
  const between = text.slice(owned, attacker.mention.start);
  return agentLast(between) !== undefined && cuesIn(between).has('target');
}

/**
 * "Ticketmaster, Santander Bank and Advance Auto Parts are among the victims": the words closing the list the
 * victim's mention opens or stands in, within its clause.
 */
function listedAsVictim(text: string, victim: Placed): boolean {
  const after = text.slice(victim.mention.end, victim.mention.end + LIST_CLOSING_REACH);
  const clause = after.slice(0, after.search(/[.;:!?]|$/u));
  return LIST_CLOSING.test(clause);
}
const LIST_CLOSING = new RegExp(String.raw`\b${AMONG_THE_VICTIMS}`, 'u');
const LIST_CLOSING_REACH = 160;

/**
 * "… were ousted from forums, following the high-profile ransomware attacks against the Colonial Pipeline":
 * an intrusion named after "following" or "in the wake of" dates what the sentence tells; it is not what
 * the sentence's actor did. Nor is an intrusion named as where data came from ("RansomHub tried to extort
 * the company with data it said was stolen in the attack").
 */
function timeReference(text: string, campaign: Mention): boolean {
  return TIME_REFERENCE.test(text.slice(Math.max(0, campaign.start - TIME_REACH), campaign.start));
}
const TIME_REFERENCE =
  /\b(?:following|in the wake of|in the aftermath of|(?:stolen|taken|obtained|exfiltrated|exposed) (?:in|during))\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$/iu;
const TIME_REACH = 60;

/**
 * "An affiliate who carried out the attack accused ALPHV …, and a second group, RansomHub, then threatened to
 * leak the data": an actor in a clause of its own after the intrusion's, joined by ", and" or a semicolon,
 * did something else.
 */
function inLaterClause(text: string, campaign: Mention, actor: Mention): boolean {
  if (actor.start < campaign.end) return false;
  return joinsClauses(text.slice(campaign.end, actor.start));
}

/**
 * ", and", a semicolon, or "and said that": "attributed a cyber attack on the Electoral Commission to
 * Chinese state-affiliated actors and said that a group known as APT31 targeted lawmakers".
 */
const joinsClauses = (between: string): boolean =>
  between.includes(', and ') || between.includes('; ') || REPORTED_CLAUSE.test(between);
const REPORTED_CLAUSE = /\band (?:also )?(?:said|says|added|noted|stated|warned|announced)\b/u;

/**
 * "An affiliate, known as Notchy, complained …, and a second group, RansomHub, then tried to extort the
 * company with data stolen in the attack": an actor in a clause before another actor's, which tells of the
 * intrusion, did something else.
 */
function anotherSubjectAfterClause(
  text: string,
  campaign: Mention,
  actor: Placed,
  subjects: readonly Placed[],
): boolean {
  const { end } = actor.mention;
  if (end > campaign.start) return false;
  return subjects.some(
    (s) =>
      s.entity.key !== actor.entity.key &&
      s.mention.start >= end &&
      s.mention.end <= campaign.start &&
      joinsClauses(text.slice(end, s.mention.start)),
  );
}

/**
 * "attributed the campaign to MirrorFace, …, which it said is a subgroup of APT10": an actor in a relative
 * clause about another actor named after the campaign describes that actor; the campaign is not its. So is one
 * in an aside closed before the campaign ("X, which has links to the Y and Z groups, claimed the attack").
 */
function describesAnother(
  text: string,
  campaign: Mention,
  actor: Mention,
  subjects: readonly { readonly mention: Mention }[],
): boolean {
  return subjects.some(
    (s) =>
      s.mention !== actor &&
      inRelativeClauseAfter(text, s.mention, actor) &&
      // "X, which has links to the Y and Z groups, claimed responsibility for the attack": the aside closes
      // before the intrusion.
      (s.mention.start >= campaign.end ||
        (campaign.start > actor.end && text.slice(actor.end, campaign.start).includes(','))),
  );
}

/** "were claimed by", "was carried out by": the attack before the sector is the agent's. */
const CLAIMED_BY = /\b(?:claimed|carried out|conducted|perpetrated|orchestrated|launched) by$/u;
/**
 * "the DDoS attacks on (Danish)", "a breach of", "a campaign targeting (Western)": an attack whose object is
 * the sector right after.
 */
const ATTACKS_ON =
  /\b(?:attacks?|intrusions?|breach(?:es)?|hacks?|cyberattacks?|campaigns?) (?:on|against|of|at|targeting)(?: the)?(?: [\p{L}-]+)?\s*$/iu;
const ATTACKS_ON_REACH = 40;

/**
 * "While Silence Group is known for targeting banks, TrueBot has also been seen targeting the education
 * sector": a family opening a clause between the actor and the targeting word is that clause's subject.
 * "used X-Agent against banks" keeps the actor: the family is its object there.
 */
function newSubjectBetween(
  from: number,
  to: number,
  placed: readonly Placed[],
  text: string,
): boolean {
  return placed.some(
    (p) =>
      p.role === 'capability' &&
      p.mention.start > from &&
      p.mention.end <= to &&
      /[,;]\s*$/u.test(text.slice(Math.max(from, p.mention.start - 3), p.mention.start)) &&
      opensClause(text.slice(p.mention.end, to)),
  );
}

/**
 * What follows a family after a comma makes it a clause's subject: a verb ("…, TrueBot has also been seen
 * targeting"), or the targeting word itself; "SIM swapping, MFA fatigue attacks and SMS phishing against"
 * goes on a list.
 */
function opensClause(after: string): boolean {
  const words = after.toLowerCase().match(LETTERS) ?? [];
  // "…, Crimson RAT has been favored …": the family's kind word is part of its name.
  const verb = MALWARE_HEADS.has(words[0] ?? '') ? 1 : 0;
  return words.length <= verb + 1 || CLAUSE_VERBS.has(words[verb]!);
}
const CLAUSE_VERBS = new Set(
  'has have had is was were are also then later can could may will would'.split(' '),
);

/**
 * "PathWiper shares similarities with HermeticWiper, which was used by Sandworm": a family before the actor
 * that the words only liken to what the actor used is not the actor's; nor is one after it that the words
 * liken its tooling to ("APT28, based on tooling which overlaps with that of earlier wipers such as
 * HermeticWiper").
 */
function likenedBefore(a: Placed, c: Placed, text: string): boolean {
  if (c.mention.start >= a.mention.end) {
    return (
      c.mention.start - a.mention.end <= CUE_REACH &&
      LIKENED.test(text.slice(a.mention.end, c.mention.start))
    );
  }
  if (c.mention.end > a.mention.start || a.mention.start - c.mention.end > CUE_REACH) return false;
  return LIKENED.test(text.slice(c.mention.end, a.mention.start));
}
const LIKENED =
  /\b(?:shares? (?:\w+ )?similarities|similar to|resembl\w*|overlaps? with|unlike|distinct from|compared (?:to|with))\b/iu;

/**
 * "EvilCorp … linked to TrueBot due to TrueBot dropping FlawedGrace": the use word right after a family
 * makes the family its subject, so what follows is the family's, not the actor's.
 */
function familyActsOn(a: Placed, c: Placed, placed: readonly Placed[], text: string): boolean {
  if (c.mention.start < a.mention.end) return false;
  // The use word nearest before the capability, within a clause's reach: bounded work per pair.
  const from = Math.max(a.mention.end, c.mention.start - CUE_REACH);
  const cue = lastCue(text.slice(from, c.mention.start), 'use');
  if (!cue) return false;
  const cueStart = from + cue.start;
  return placed.some(
    (p) =>
      p !== c &&
      p.entity.type === 'malware' &&
      p.mention.start >= a.mention.end &&
      p.mention.end <= cueStart &&
      /^\s+$/u.test(text.slice(p.mention.end, cueStart)),
  );
}

/**
 * "has identified the threat actor as", "identified the actor behind the attack as", "some of the addresses
 * were traced to", "refers to the North Korean activity as", 'refers to this specific North Korean malicious cyber
 * activity as "TraderTraitor"': names who did it.
 */
const IDENTIFIED_AS =
  /\b(?:identified (?:the )?(?:(?:threat )?actors?|intruders|attackers|hackers) (?:behind (?:the|this) (?:attack|intrusion|breach|activity) )?as (?:being )?|(?:was|were|been|be) traced (?:back )?to (?:the )?|(?:refers?|referred) to (?:the|this) (?:[\p{L}-]+ ){0,5}?(?:activity|attackers|hackers|intruders|actors?) as ["“]?)$/u;

/** Sentences before an identification that the intrusion it names the doer of may be told in. */
const IDENTIFIED_REACH = 3;

/** The intrusion into a victim told of last in the sentences up to `s`, not further back than the reach. */
function toldBefore(
  intrusions: readonly ExtractedEntity[],
  s: number,
): ExtractedEntity | undefined {
  let last: { intrusion: ExtractedEntity; sentence: number } | undefined;
  for (const intrusion of intrusions) {
    if (intrusion.via !== 'intrusion-of-victim') continue;
    for (const { sentence } of intrusion.mentions) {
      if (sentence <= s && sentence >= s - IDENTIFIED_REACH && sentence > (last?.sentence ?? -1))
        last = { intrusion, sentence };
    }
  }
  return last?.intrusion;
}

/** "Sandworm, a …", "APT28, the …": an apposition opens right after the set's name. */
const APPOSITION_OPENS = /^,\s(?:a|an|the)\s$/u;
/** "… military intelligence cyberwarfare unit": the organ's own unit, a few words after its name. */
const UNIT_AFTER = /^\s(?:[\p{L}-]+\s){0,2}(?:unit|arm|division|team|group)\b/u;
/** "behind the NotPetya attack", "responsible for the WannaCry attacks": the doer, then the attack. */
const DOER_OF_ATTACK = /\b(?:behind|responsible\s+for|carried\s+out|launched|conducted)\s+the\s+$/u;
const ATTACK_AFTER = /^\s+(?:ransomware\s+|wiper\s+|malware\s+)?(?:attacks?|outbreak|campaign)\b/u;

/** The family `c` names an attack the actor `a`, before it, is said to be behind. */
function attackNamedAfter(text: string, a: Placed, c: Placed): boolean {
  const { start, end } = c.mention;
  return (
    a.mention.end <= start &&
    DOER_OF_ATTACK.test(text.slice(Math.max(a.mention.end, start - 40), start)) &&
    ATTACK_AFTER.test(text.slice(end, end + 30))
  );
}

/** ", the actor behind the ": an apposition making the set the one behind the family named next. */
const BEHIND_APPOSITION =
  /^,\s+(?:the|a)\s+(?:(?:threat|cybercrime|criminal)\s+)?(?:actor|group|gang|operators?|developers?|crew)\s+behind\s+(?:the\s+)?$/u;

/** "TA569, the actor behind the SocGholish framework": the family the set right before is behind. */
const behindFamily = (text: string, a: Placed, c: Placed): boolean =>
  a.mention.end <= c.mention.start &&
  c.mention.start - a.mention.end < 60 &&
  BEHIND_APPOSITION.test(text.slice(a.mention.end, c.mention.start));

/** An organ's unit named by its number: "GRU Unit 74455", "PLA Unit 61398". */
const UNIT_IN_NAME = /\b[Uu]nit \d+/u;
/** "Unit 26165 of the GRU": a unit's number, then the organ it belongs to. */
const UNIT_OF_ORGAN = /\b[Uu]nit \d+ of (?:the )?$/u;
/** What stands between a unit's name and another name of it: ", also known as ", " (aka ". */
const NAMED_AS = String.raw`(?:also\s+)?(?:known\s+as|tracked\s+as|called|aka|a\.k\.a\.)\s+`;
const KNOWN_AS = new RegExp(String.raw`^,?\s*\(?${NAMED_AS}$`, 'iu');
/**
 * "Russian Foreign Intelligence Service (SVR) cyber actors, also known as APT29", "SVR cyber actors (APT29)":
 * the organ's actors, then the set's name; an advisory's way of saying whose the set is.
 */
/**
 * "cyber actors affiliated with Iran's Islamic Revolutionary Guard Corps (IRGC), calling themselves
 * CyberAv3ngers": actors tied to the organ before it, then the name they go by.
 */
const LINKED_ACTORS_BEFORE = new RegExp(
  String.raw`\b${ACTOR_NOUN}\s${DIRECTING}\s(?:by|to|with)\s(?:the\s)?(?:\p{Lu}\p{L}+['’]s\s)?$`,
  'u',
);
const SELF_NAMED_AFTER = new RegExp(
  String.raw`^(?:\s\(\p{Lu}[\p{L}-]*\))?,?\s+(?:(?:calling|who\s+call)\s+themselves\s+|${NAMED_AS})["“]?$`,
  'u',
);
const ORGANS_ACTORS_NAMED = new RegExp(
  String.raw`^\)?\s(?:cyber\s+)?(?:actors?|hackers|operators)(?:\s\(|,?\s+\(?${NAMED_AS})$`,
  'iu',
);
/** "Sandworm, a Russian military intelligence cyberwarfare unit": the set is a unit of the organ. */
const organsUnitAfter = (text: string, organ: Placed): boolean =>
  UNIT_AFTER.test(text.slice(organ.mention.end, organ.mention.end + 60));

/** How far before a mention its verb is looked for (characters): a clause, not a whole run-on text. */
const CUE_REACH = 200;

/** Module level: the TS loader would build a \p{...} literal anew at every call. */
const LETTERS = /\p{L}+/gu;

/** Largest gap (characters) between a targeting word and the sector, or a sector and its attacker. */
const TARGET_WINDOW = 200;
/** "by" and the words that may follow it before the actor ("by the pro-Russian hacktivist group X"). */
const MAX_AGENT_WORDS = 6;

/**
 * The confidence a text states for its attribution when the sentence naming the actor has none: a
 * sentence speaking of the attribution itself ("a high-certainty attribution of the attack").
 */
function documentAttributionConfidence(
  text: string,
  sentences: readonly Span[],
  bySentence: ReadonlyMap<number, readonly Placed[]>,
): DocumentConfidence {
  // The sentences speaking of an attribution, read once: each actor's fallback picks among them.
  const rated: { keys: ReadonlySet<string>; phrase: EstimativePhrase; sentence: number }[] = [];
  const speaksOfAttribution = attributionWordsIn(text);
  for (let s = 0; s < sentences.length; s++) {
    const span = sentences[s];
    if (!span || !speaksOfAttribution(span)) continue;
    const placed = bySentence.get(s) ?? [];
    const attackers = placed.filter((p) => p.role === 'attacker');
    // "hackers working for the Chinese state were likely behind …": naming no set, the sentence rates its
    // attribution to the state, not the one to a set another sentence names.
    const rates = attackers.length > 0 ? attackers : placed.filter((p) => p.role === 'sponsor');
    const keys = new Set(rates.map((p) => p.entity.key));
    if (keys.size > 1) continue; // a sentence weighing several candidates qualifies none alone
    const phrase = attributionJudgement(
      text,
      span,
      firstEstimativePhrase(text, span.start, span.end),
      attackers,
    );
    if (phrase) {
      rated.push({ keys, phrase, sentence: s });
      continue;
    }
    // "... was behind the compromise. Officials reached this conclusion with high confidence."
    const next = sentences[s + 1];
    // "… carried out by Salt Typhoon. Some think the campaign is more likely the work of Volt Typhoon": a
    // next sentence naming another actor judges that one.
    const another = (bySentence.get(s + 1) ?? []).some(
      (p) => p.role === 'attacker' && !keys.has(p.entity.key),
    );
    if (next && !another && BACK_REFERENCE.test(text.slice(next.start, next.end))) {
      const following = firstEstimativePhrase(text, next.start, next.end);
      if (following) rated.push({ keys, phrase: following, sentence: s + 1 });
    }
  }
  // A sentence naming another actor rates that actor's attribution. "The agency said with high confidence that
  // the intrusions were carried out by APT28. ANSSI also linked the group to an attack on TV5Monde": a campaign
  // the text tells of only after the judgement is not the one it rates.
  return (actor, firstTold) =>
    rated.find(
      ({ keys, sentence }) =>
        (keys.size === 0 || keys.has(actor.entity.key)) && sentence >= firstTold,
    )?.phrase;
}

/** The confidence the text states elsewhere for attributing a campaign first told of in sentence `firstTold`. */
type DocumentConfidence = (actor: Placed, firstTold: number) => EstimativePhrase | undefined;

/**
 * The sentence's estimative phrase where it rates the attribution to `actors` (their mentions in the sentence
 * `span`): not a judgement of what the actor did next ("the affiliate behind the attack likely gained
 * access") nor of what it is ("Earth Lusca, a group it said was likely operating out of China").
 */
function attributionJudgement(
  text: string,
  span: Span,
  phrase: EstimativePhrase | undefined,
  actors: readonly { readonly mention: Mention }[],
): EstimativePhrase | undefined {
  if (!phrase || !judgesAttribution(text.slice(span.start, phrase.start))) return undefined;
  return actors.some(
    (a) => inApposition(text, a.mention, phrase) || inContrastAfter(text, a.mention, phrase),
  )
    ? undefined
    : phrase;
}

/**
 * "attributes this activity to UNC4857, a … cluster that has impacted organizations …, but their impact is
 * almost certainly broader": a judgement in a clause a contrast opens after the actor judges that clause.
 */
function inContrastAfter(text: string, actor: Mention, phrase: EstimativePhrase): boolean {
  return phrase.start > actor.end && CONTRAST.test(text.slice(actor.end, phrase.start));
}

/**
 * "attributed the intrusion to Earth Lusca, a group it said was likely operating out of China": a judgement
 * in the apposition after the actor's name is about the actor, not about the attribution.
 */
function inApposition(text: string, actor: Mention, phrase: EstimativePhrase): boolean {
  if (phrase.start < actor.end || phrase.start - actor.end > APPOSITION_REACH) return false;
  const between = text.slice(actor.end, phrase.start);
  // "attributed the theft to the Lazarus Group, a North Korean … group, with high confidence": the apposition
  // closed, "with" rates the attribution.
  return APPOSITION_OPENING.test(between) && !/[;.]/u.test(between) && !CLOSED_WITH.test(between);
}
const APPOSITION_OPENING = /^,\s+(?:a|an|which|who|that)\s/iu;
const CLOSED_WITH = /,\swith\s$/u;
const APPOSITION_REACH = 80;

/** "… that the intrusions were carried out by APT28" says who made them, as "behind" does. */
const ATTRIBUTION_WORD = /attribut|behind|responsib|blame|carried out by|perpetrated by/iu;
/** The attribution words other than "behind". */
const NAMES_ATTRIBUTION = /attribut|responsib|blame/iu;
/**
 * "The affiliate behind the attack likely gained initial access by …": after a "behind" that names the
 * actor by its deed, an estimative word judges what the actor did next, not who it is. Only such a word
 * before the "behind", or one after any other attribution word, judges the attribution.
 */
function judgesAttribution(before: string): boolean {
  if (!ATTRIBUTION_WORD.test(before) || NAMES_ATTRIBUTION.test(before)) return true;
  // "APT28 was behind the breach, officials said with high confidence": "behind" as what was said.
  return [...before.matchAll(BEHIND)].every((m) => {
    // The few characters before it hold the word: a sentence of many "behind"s stays linear.
    const words = before
      .slice(Math.max(0, m.index - WORD_REACH), m.index)
      .trimEnd()
      .split(' ');
    return COPULAS.has(words.at(-1)!.toLowerCase());
  });
}
const BEHIND = /\bbehind\b/giu;
const WORD_REACH = 24;
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
const ATTRIBUTION_WORDS = new RegExp(ATTRIBUTION_WORD.source, 'giu');

/**
 * Whether a span holds an attribution word, from one scan of the whole text rather than one per sentence.
 * A word the scan found across the span's edge may hide one inside: such a span is read on its own.
 */
function attributionWordsIn(text: string): (span: Span) => boolean {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(ATTRIBUTION_WORDS)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return (span) => {
    // The first word ending after the span starts.
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] ?? 0) <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < starts.length && (starts[k] ?? 0) < span.end; k++) {
      const inside = (starts[k] ?? 0) >= span.start && (ends[k] ?? 0) <= span.end;
      if (inside) return true;
      return ATTRIBUTION_WORD.test(text.slice(span.start, span.end));
    }
    return false;
  };
}

/** Words by which a sentence refers back to a judgement made just before. */
const BACK_REFERENCE =
  /\b(?:this|that|the) (?:conclusion|assessment|attribution|judgement|judgment|finding)\b/iu;

const RELATIVE_CLAUSE = /^,\s+(?:which|who|that)\b/u;

/**
 * The sentence's estimative phrase where it rates the tie of the set told of: not where it stands before that
 * set and the tie is told in a relative clause after it ("We attribute this activity with moderate confidence
 * to UNC9012, which shares infrastructure with APT41" rates the attribution).
 */
function linkRating(
  text: string,
  phrase: EstimativePhrase | undefined,
  told: Placed,
): EstimativePhrase | undefined {
  if (!phrase || phrase.end > told.mention.start) return phrase;
  return RELATIVE_CLAUSE.test(text.slice(told.mention.end, told.mention.end + 12))
    ? undefined
    : phrase;
}
