import type { Actor, ActorId } from '../../src/domain/actor';
import type { Card } from '../../src/domain/card';
import type { ActorProfile, Edition } from '../../src/domain/edition';
import type { SourceText } from '../../src/domain/text';
import { buildCard } from './build-card';

/** A passage of the note whose Danish and English texts say which it is. */
export function buildPassage(da: string, en = `EN: ${da}`, errata: SourceText['errata'] = []): SourceText {
  return { printed: da, text: { da, en }, errata };
}

const ACTORS: readonly Actor[] = [
  {
    id: 'elev',
    singular: { da: 'Elev', en: 'Pupil' },
    plural: { da: 'Elever', en: 'Pupils' },
    label: { da: 'ELEV', en: 'PUPIL' },
    symbol: '●',
    color: '#8a4513',
  },
  {
    id: 'laerer',
    singular: { da: 'Lærer', en: 'Teacher' },
    plural: { da: 'Lærere', en: 'Teachers' },
    label: { da: 'LÆRER', en: 'TEACHER' },
    symbol: '▲',
    color: '#1d5c8a',
  },
  {
    id: 'virksomhed',
    singular: { da: 'Virksomhed', en: 'Company' },
    plural: { da: 'Virksomheder', en: 'Companies' },
    label: { da: 'VIRKSOMHED', en: 'COMPANY' },
    symbol: '■',
    color: '#2e6b30',
  },
  {
    id: 'kommune',
    singular: { da: 'Kommune', en: 'Municipality' },
    plural: { da: 'Kommuner', en: 'Municipalities' },
    label: { da: 'KOMMUNE', en: 'MUNICIPALITY' },
    symbol: '◆',
    color: '#6b3f8a',
  },
];

function buildProfile(actor: ActorId): ActorProfile {
  return {
    actor,
    sections: [
      {
        id: 'motivation',
        heading: { da: `Motivation (${actor})`, en: `Motivation (${actor})` },
        paragraphs: [
          buildPassage(`Profiltekst om ${actor}.`, `Profile text about ${actor}.`),
          buildPassage(`Der skal laves en tidsplan for ${actor}.`, `A timetable must be made for ${actor}.`, [
            {
              original: 'udarbjedelse',
              corrected: 'udarbejdelse',
              note: { da: 'Stavefejl i notatet.', en: 'Spelling mistake in the note.' },
            },
          ]),
        ],
      },
    ],
    asOtherActor: [buildPassage(`Som anden aktør: tal med ${actor}.`, `As another actor: talk to ${actor}.`)],
  };
}

/**
 * The default pairs, chosen so each test can point at a known count:
 * laerer→virksomhed 3, laerer→elev 2, virksomhed→laerer 1, elev→virksomhed 1, kommune→elev 1,
 * laerer→kommune 0 (its only card is retired), elev→laerer 0.
 */
export function buildDefaultCards(): Card[] {
  return [
    buildCard({ from: 'laerer', to: 'virksomhed' }),
    buildCard({ from: 'laerer', to: 'virksomhed' }),
    buildCard({ from: 'laerer', to: 'virksomhed' }),
    buildCard({ from: 'laerer', to: 'elev' }),
    buildCard({ from: 'laerer', to: 'elev' }),
    buildCard({ from: 'laerer', to: 'kommune', status: 'retired' }),
    buildCard({ from: 'virksomhed', to: 'laerer' }),
    buildCard({ from: 'elev', to: 'virksomhed' }),
    buildCard({ from: 'kommune', to: 'elev' }),
  ];
}

/** A small but complete edition shaped like content/; override what the test is about. */
export function buildUiEdition(overrides: Partial<Edition> = {}): Edition {
  return {
    version: '1.2.3',
    published: '2026-11-26',
    about: {
      kicker: { da: 'Teknologipagtens symposium', en: "The Technology Pact's symposium" },
      title: { da: 'Det gode skole-virksomhedssamarbejde', en: 'The good school–business collaboration' },
      publisher: 'Teknologipagten',
      date: { da: 'November 2019', en: 'November 2019' },
      email: 'info@teknologipagten.dk',
      web: 'www.teknologipagten.dk',
      introduction: [buildPassage('Indledningens tekst.', 'The introduction.')],
      structure: [buildPassage('Symposiets opbygning i tekst.', 'How the symposium was built.')],
      contact: [buildPassage('Kontakt sekretariatet.', 'Contact the secretariat.')],
      purpose: [buildPassage('Kortene er et redskab til refleksion.', 'The cards are a tool for reflection.')],
    },
    actors: ACTORS,
    profiles: ACTORS.map((actor) => buildProfile(actor.id)),
    blocks: [],
    cards: buildDefaultCards(),
    ...overrides,
  };
}
