import type { ActorId } from './actor';
import type { Card } from './card';

/*
 * The expectation-alignment sheet ("forventningsafstemning"): what the note says the parties
 * should agree on before a visit, one free-text field each. Field names are stored in briefs and
 * links: never rename one without a migration.
 */
export const SHEET_FIELDS = [
  'purpose',
  'ownRole',
  'ownContact',
  'partnerRole',
  'partnerContact',
  'ageGroup',
  'classComposition',
  'planBefore',
  'planDuring',
  'planAfter',
  'pupilOutcome',
  'anchoring',
  'resources',
  'leaderBacking',
] as const;

export type SheetField = (typeof SHEET_FIELDS)[number];
export type AlignmentSheet = { readonly [Field in SheetField]: string };

export function emptySheet(): AlignmentSheet {
  return Object.fromEntries(SHEET_FIELDS.map((field) => [field, ''])) as AlignmentSheet;
}

export type SheetSectionId =
  'purpose' | 'roles' | 'pupils' | 'timePlan' | 'outcome' | 'anchoring' | 'resources' | 'leadership';

export interface SheetSection {
  readonly id: SheetSectionId;
  readonly fields: readonly SheetField[];
  /**
   * Cards whose advice the section puts into practice, best first: the sheet quotes them so the
   * user sees the note's own words beside each question.
   */
  readonly sources: readonly string[];
}

export const SHEET_SECTIONS: readonly SheetSection[] = [
  {
    id: 'purpose',
    fields: ['purpose'],
    sources: [
      'virksomhed-laerer-vis-relevans',
      'laerer-virksomhed-vis-engagement',
      'kommune-virksomhed-vis-engagement',
    ],
  },
  {
    id: 'roles',
    fields: ['ownRole', 'ownContact', 'partnerRole', 'partnerContact'],
    sources: [
      'virksomhed-laerer-stil-krav',
      'laerer-virksomhed-udfordr-formatet',
      'laerer-elev-medarbejdere-som-rollemodeller',
    ],
  },
  {
    id: 'pupils',
    fields: ['ageGroup', 'classComposition'],
    sources: ['virksomhed-laerer-udvikl-indhold-sammen', 'laerer-virksomhed-udfordr-formatet'],
  },
  {
    id: 'timePlan',
    fields: ['planBefore', 'planDuring', 'planAfter'],
    sources: [
      'kommune-elev-inddrag-foer-under-efter',
      'virksomhed-laerer-udvikl-indhold-sammen',
      'laerer-virksomhed-planlaeg-sammen',
    ],
  },
  {
    id: 'outcome',
    fields: ['pupilOutcome'],
    sources: ['laerer-elev-inddrag-eleverne', 'virksomhed-elev-inddrag-eleverne', 'elev-virksomhed-kom-med-ideer'],
  },
  {
    id: 'anchoring',
    fields: ['anchoring'],
    sources: [
      'laerer-kommune-sikr-det-praktiske',
      'virksomhed-kommune-sikr-det-praktiske',
      'laerer-kommune-fortael-historierne',
    ],
  },
  {
    id: 'resources',
    fields: ['resources'],
    sources: [
      'laerer-virksomhed-planlaeg-sammen',
      'kommune-virksomhed-undersoeg-ressourcer',
      'laerer-kommune-sikr-det-praktiske',
    ],
  },
  { id: 'leadership', fields: ['leaderBacking'], sources: ['kommune-laerer-sikr-lederopbakning'] },
];

/**
 * Which piece of advice a card carries. The note prints some advice on two actors' cards, nearly word
 * for word ("inddragelse af eleverne" / "inddragelse af elever"); the edition names both copies by
 * the same gist (card ids are `<from>-<to>-<gist>`, content/EDITORIAL.md), so to and gist say it.
 */
function adviceOf(card: Card): string {
  const prefix = `${card.from}-${card.to}-`;
  return `${card.to}/${card.id.startsWith(prefix) ? card.id.slice(prefix.length) : card.id}`;
}

/**
 * The cards to quote beside a section: those of the edition that still exist and are active,
 * the pair's own first (either direction), then the rest, at most `max`, each piece of advice once
 * (of two copies, the one on the card of the one preparing, else of the partner).
 */
export function sectionSources(
  section: SheetSection,
  cards: readonly Card[],
  actor: ActorId,
  partner: ActorId,
  max = 2,
): Card[] {
  const byId = new Map(cards.map((card) => [card.id, card]));
  const found = section.sources.map((id) => byId.get(id)).filter((card): card is Card => card?.status === 'active');
  const inPair = (card: Card): boolean =>
    (card.from === actor && card.to === partner) || (card.from === partner && card.to === actor);
  const ordered = [...found.filter(inPair), ...found.filter((card) => !inPair(card))];
  const seenAdvice = new Set<string>();
  const seenText = new Set<string>();
  const picked: Card[] = [];
  for (const card of ordered) {
    const advice = adviceOf(card);
    if (seenAdvice.has(advice) || seenText.has(card.tip.printed)) continue;
    const copies = ordered.filter((other) => adviceOf(other) === advice);
    const chosen = copies.find((c) => c.from === actor) ?? copies.find((c) => c.from === partner) ?? card;
    seenAdvice.add(advice);
    for (const copy of copies) seenText.add(copy.tip.printed);
    picked.push(chosen);
    if (picked.length === max) break;
  }
  return picked;
}

/** Whether any field of the sheet has been filled in. */
export function isSheetBlank(sheet: AlignmentSheet): boolean {
  return SHEET_FIELDS.every((field) => sheet[field].trim() === '');
}
