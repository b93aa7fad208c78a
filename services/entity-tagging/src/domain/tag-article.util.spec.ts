import type { TaggedEntity } from '@newsflow/contracts';
import { taggedEntitySchema } from '@newsflow/contracts';
import { aidConvoyArticle, aidConvoyText } from './__fixtures__/aid-convoy.fixture';
import {
  fisheriesSummitArticle,
  fisheriesSummitText,
} from './__fixtures__/fisheries-summit.fixture';
import { frenchBriefText } from './__fixtures__/french-brief.fixture';
import { CompromiseRecogniser } from './compromise.recogniser';
import type { EntityRecogniser, RecognisedSpan } from './entity-recogniser.interface';
import { StaticVocabulary } from './static.vocabulary';
import { tagArticle } from './tag-article.util';

const recogniser = new CompromiseRecogniser();
const vocabulary = StaticVocabulary.bundled();

function byName(entities: readonly TaggedEntity[], name: string): TaggedEntity {
  const found = entities.find((entity) => entity.name === name);
  if (found === undefined) throw new Error(`no entity named ${name}`);
  return found;
}

function mentionTexts(entity: TaggedEntity): string[] {
  return entity.mentions.map((mention) => mention.text);
}

function expectWellFormed(text: string, entities: readonly TaggedEntity[]): void {
  const all = entities.flatMap((entity) => entity.mentions);
  for (const mention of all) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  for (const entity of entities) expect(taggedEntitySchema.safeParse(entity).success).toBe(true);
  expect(new Set(entities.map((entity) => entity.id)).size).toBe(entities.length);
  const sorted = [...all].sort((a, b) => a.start - b.start);
  sorted.slice(1).forEach((mention, index) => {
    expect(mention.start).toBeGreaterThanOrEqual(sorted[index]?.end ?? 0);
  });
  const saliences = entities.map((entity) => entity.salience);
  expect(saliences).toEqual([...saliences].sort((a, b) => b - a));
}

describe('tagArticle on a summit story', () => {
  const { title } = fisheriesSummitArticle;
  const result = tagArticle({ title, text: fisheriesSummitText }, recogniser, vocabulary);

  it('reports exact, non-overlapping offsets into the body, one entity per id, by salience', () => {
    expectWellFormed(fisheriesSummitText, result.entities);
    expect(result.language).toBe('en');
  });

  it('resolves surname-only second references to the full person name', () => {
    const minister = byName(result.entities, 'Helena Vasconcelos');
    expect(minister).toMatchObject({ type: 'person', id: 'local:person:helena-vasconcelos' });
    expect(mentionTexts(minister)).toEqual(['Helena Vasconcelos', 'Vasconcelos']);
    expect(mentionTexts(byName(result.entities, 'Jordan Whitfield'))).toEqual([
      'Jordan Whitfield',
      'Whitfield',
    ]);
  });

  it('joins an acronym to its expansion, by initials and by vocabulary alias', () => {
    const council = byName(result.entities, 'Pacific Fisheries Council');
    expect(council.id).toBe('local:organisation:pacific-fisheries-council');
    expect(mentionTexts(council)).toEqual(['Pacific Fisheries Council', 'PFC', 'PFC']);
    const union = byName(result.entities, 'European Union');
    expect(union.id).toBe('wikidata:Q458');
    expect(mentionTexts(union)).toEqual(['European Union', 'EU']);
    const nato = byName(result.entities, 'North Atlantic Treaty Organization');
    expect(nato).toMatchObject({ id: 'wikidata:Q7184', type: 'organisation' });
  });

  it('keeps a country apart from a person who bears its name', () => {
    const country = byName(result.entities, 'Jordan');
    expect(country).toMatchObject({ id: 'wikidata:Q810', type: 'place' });
    expect(country.mentions).toHaveLength(1);
    expect(fisheriesSummitText.slice(country.mentions[0]!.start)).toMatch(/^Jordan, which/);
  });

  it('gives vocabulary ids to known places and local ids to the rest', () => {
    expect(byName(result.entities, 'Fiji').id).toBe('wikidata:Q712');
    expect(byName(result.entities, 'Brussels').id).toBe('wikidata:Q239');
    expect(byName(result.entities, 'Lisbon')).toMatchObject({
      id: 'local:place:lisbon',
      type: 'place',
    });
  });

  it('tags no dates, roles or lone common words', () => {
    const names = result.entities.map((entity) => entity.name);
    for (const junk of ['March', 'Tuesday', 'Foreign Minister', 'Portuguese', 'This']) {
      expect(names).not.toContain(junk);
    }
    expect(names.some((name) => /Minister|Portuguese/.test(name))).toBe(false);
  });

  it('ranks the headline and lead entities above a late passing reference', () => {
    const salience = (name: string): number => byName(result.entities, name).salience;
    expect(result.entities[0]?.name).toBe('European Union');
    expect(salience('Pacific Fisheries Council')).toBeGreaterThan(salience('Jordan'));
    expect(salience('Helena Vasconcelos')).toBeGreaterThan(salience('Jordan Whitfield'));
    expect(salience('Jordan Whitfield')).toBeGreaterThan(salience('Samoa'));
  });

  it('is more confident in a name seen often or known to the vocabulary', () => {
    const confidence = (name: string): number => byName(result.entities, name).confidence;
    expect(confidence('Pacific Fisheries Council')).toBeGreaterThan(confidence('Lisbon'));
    expect(confidence('Fiji')).toBeGreaterThan(confidence('Lisbon'));
  });
});

describe('tagArticle on an aid-convoy story', () => {
  const { title } = aidConvoyArticle;
  const result = tagArticle({ title, text: aidConvoyText }, recogniser, vocabulary);

  it('reports exact, non-overlapping offsets into the body', () => {
    expectWellFormed(aidConvoyText, result.entities);
  });

  it('resolves particle and possessive surnames', () => {
    const coordinator = byName(result.entities, 'Pieter van der Berg');
    expect(mentionTexts(coordinator)).toEqual(['Pieter van der Berg', 'van der Berg']);
    const commander = byName(result.entities, 'Khaled al-Masri');
    expect(commander.type).toBe('person');
    expect(mentionTexts(commander)).toEqual(['Khaled al-Masri', 'Masri']);
    expect(result.entities.filter((entity) => entity.name.includes('Masri'))).toHaveLength(1);
  });

  it('recovers later mentions of an acronym the recogniser saw once', () => {
    const wfp = byName(result.entities, 'World Food Programme');
    expect(mentionTexts(wfp)).toEqual(['World Food Programme', 'WFP', 'WFP']);
  });

  it('prefers the longest known name over one nested inside it', () => {
    const council = byName(result.entities, 'United Nations Security Council');
    expect(council.id).toBe('wikidata:Q37470');
    expect(mentionTexts(council)).toEqual(['UN Security Council']);
    expect(mentionTexts(byName(result.entities, 'United Nations'))).toEqual(['United Nations']);
    expect(byName(result.entities, 'New York City').id).toBe('wikidata:Q60');
  });

  it('types an unknown name by its context', () => {
    expect(byName(result.entities, 'Kafr Zita')).toMatchObject({
      type: 'place',
      id: 'local:place:kafr-zita',
    });
  });

  it('uses the title only to weigh salience, never as a source of mentions', () => {
    const qatar = byName(result.entities, 'Qatar');
    expect(qatar.mentions).toHaveLength(1);
    const untitled = tagArticle({ title: null, text: aidConvoyText }, recogniser, vocabulary);
    expect(byName(untitled.entities, 'Qatar').salience).toBeLessThan(qatar.salience);
  });
});

describe('tagArticle outside English', () => {
  it('detects the language and keeps only vocabulary names', () => {
    const result = tagArticle({ title: null, text: frenchBriefText }, recogniser, vocabulary);
    expect(result.language).toBe('fr');
    expect(result.entities.map((entity) => [entity.name, entity.id])).toEqual([
      ['Paris', 'wikidata:Q90'],
      ['Ukraine', 'wikidata:Q212'],
    ]);
  });

  it('returns no language and no entities for an empty-ish text', () => {
    expect(tagArticle({ title: 'x', text: 'Short.' }, recogniser, vocabulary)).toEqual({
      language: null,
      entities: [],
    });
  });
});

describe('tagArticle with another recogniser', () => {
  it('accepts any EntityRecogniser and still cleans its spans', () => {
    const text =
      'Talks opened in Oslo. The mayor, Ms. Ingrid Dahl, welcomed them; Dahl spoke briefly.';
    const span = (value: string, type: RecognisedSpan['type']): RecognisedSpan => {
      const start = text.indexOf(value);
      return { start, end: start + value.length, text: value, type, confidence: 0.9 };
    };
    const stub: EntityRecogniser = {
      supportsLanguage: () => true,
      recognise: () => [span('Oslo.', 'place'), span('Ms. Ingrid Dahl,', 'person')],
    };
    const result = tagArticle({ title: null, text }, stub, vocabulary);
    expect(result.entities.map((entity) => [entity.id, mentionTexts(entity)])).toEqual([
      ['local:person:ingrid-dahl', ['Ingrid Dahl', 'Dahl']],
      ['local:place:oslo', ['Oslo']],
    ]);
  });
});
