import type { EntityType } from '@newsflow/contracts';
import { cleanSpan, isJunk } from './clean-span.util';
import { StaticVocabulary } from './static.vocabulary';

const vocabulary = new StaticVocabulary([
  { id: 'wikidata:Q36600', type: 'place', name: 'The Hague', aliases: [] },
  { id: 'wikidata:Q142', type: 'place', name: 'France', aliases: [] },
]);

function clean(text: string, raw: string, type: EntityType = 'person'): string | null {
  const start = text.indexOf(raw);
  const span = { start, end: start + raw.length, text: raw, type, confidence: 0.7 };
  const cleaned = cleanSpan(text, span, vocabulary);
  if (cleaned !== null) expect(text.slice(cleaned.start, cleaned.end)).toBe(cleaned.text);
  return cleaned?.text ?? null;
}

describe('cleanSpan', () => {
  it('trims possessives and edge punctuation', () => {
    expect(clean("Kenya's coast", "Kenya's", 'place')).toBe('Kenya');
    expect(clean('the Jones’ house', 'Jones’', 'person')).toBe('Jones');
    expect(clean('in Lagos, Nigeria --', 'Nigeria --', 'place')).toBe('Nigeria');
    expect(clean('"Rome," he said', '"Rome,"', 'place')).toBe('Rome');
  });

  it('keeps the full stop of an initialism', () => {
    expect(clean('troops from the U.S. arrived', 'U.S.', 'place')).toBe('U.S.');
  });

  it('drops leading articles and lower-case descriptors, unless the name has them', () => {
    expect(clean('in the northern Kunar province', 'northern Kunar province', 'place')).toBe(
      'Kunar',
    );
    expect(clean('met the Tamil Tigers', 'the Tamil Tigers', 'organisation')).toBe('Tamil Tigers');
    expect(clean('judges in The Hague ruled', 'The Hague', 'place')).toBe('The Hague');
  });

  it('removes roles before a person name but keeps name particles', () => {
    expect(clean('French President Paul Girard said', 'French President Paul Girard')).toBe(
      'Paul Girard',
    );
    expect(clean('said Ms. Ana de Souza today', 'Ms. Ana de Souza')).toBe('Ana de Souza');
    expect(clean('UN Secretary-General Liu Wen spoke', 'UN Secretary-General Liu Wen')).toBe(
      'Liu Wen',
    );
    expect(clean('shares of General Motors fell', 'General Motors', 'organisation')).toBe(
      'General Motors',
    );
  });

  it('re-types by vocabulary and organisational head words', () => {
    const text = 'France and the Interior Ministry';
    const asPerson = cleanSpan(
      text,
      { start: 0, end: 6, text: 'France', type: 'person', confidence: 0.7 },
      vocabulary,
    );
    expect(asPerson).toMatchObject({ type: 'place', entry: { id: 'wikidata:Q142' } });
    const ministry = cleanSpan(
      text,
      { start: 11, end: 32, text: 'the Interior Ministry', type: 'place', confidence: 0.7 },
      vocabulary,
    );
    expect(ministry).toMatchObject({ text: 'Interior Ministry', type: 'organisation' });
  });

  it('rejects junk and spans whose text does not match their offsets', () => {
    expect(clean('On Wednesday, talks resumed', 'Wednesday', 'place')).toBeNull();
    expect(clean('He said so.', 'He')).toBeNull();
    expect(
      cleanSpan('abc', { start: 0, end: 2, text: 'bc', type: 'place', confidence: 1 }, vocabulary),
    ).toBeNull();
  });
});

describe('isJunk', () => {
  it.each(['May', 'they', 'Ministry', 'President', 'x', '2024', 'the talks'])(
    '%s is junk',
    (name) => {
      expect(isJunk(name)).toBe(true);
    },
  );

  it.each(['UN', 'Assad', 'al-Assad', 'de Mistura', 'Interior Ministry'])(
    '%s is a name',
    (name) => {
      expect(isJunk(name)).toBe(false);
    },
  );
});
