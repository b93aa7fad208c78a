import { CompromiseRecogniser } from './compromise.recogniser';

const recogniser = new CompromiseRecogniser();

describe('CompromiseRecogniser', () => {
  const text =
    'Kenyan President Ruth Odhiambo flew to Nairobi on Monday.\n\nShe met the Pacific Fisheries Council in the suburb of Upper Mwala, and Russian envoys.';
  const spans = recogniser.recognise(text);

  it('reports spans whose text is exactly the slice at their offsets', () => {
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('types names by lexicon tags and by context', () => {
    const found = spans.map((span) => [span.text, span.type]);
    expect(found).toContainEqual(['Nairobi', 'place']);
    expect(found).toContainEqual(['Upper Mwala', 'place']);
    expect(found).toContainEqual(['Pacific Fisheries Council', 'organisation']);
    expect(found.find(([name]) => name?.includes('Ruth Odhiambo'))?.[1]).toBe('person');
  });

  it('skips bare nationality adjectives, dates and sentence-initial words', () => {
    const names = spans.map((span) => span.text);
    expect(names).not.toContain('Russian');
    expect(names).not.toContain('Monday');
    expect(names).not.toContain('She');
  });

  it('skips nationality adjectives compromise mistags, and all-capitals sentences', () => {
    const adjective = recogniser.recognise('Troops reached the Ethiopian capital at dawn.');
    expect(adjective.map((span) => span.text)).toEqual([]);
    expect(recogniser.recognise('THE COUNCIL SAID ON MONDAY THAT TALKS HAD FAILED.')).toEqual([]);
  });

  it('keeps name particles inside a person name', () => {
    const particle = recogniser.recognise('The envoy Staffan de Mistura arrived.');
    expect(particle.map((span) => span.text)).toContain('Staffan de Mistura');
  });

  it('reads English, or text of undetermined language', () => {
    expect(recogniser.supportsLanguage('en')).toBe(true);
    expect(recogniser.supportsLanguage(null)).toBe(true);
    expect(recogniser.supportsLanguage('fr')).toBe(false);
  });
});
