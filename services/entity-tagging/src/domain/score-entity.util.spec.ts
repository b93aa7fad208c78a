import { layoutOf, scoreConfidence, scoreSalience } from './score-entity.util';

const text = 'Lead about Alpha.\n\nMore on Alpha and Beta.\n\nAlpha again; Gamma at the end.';
const layout = layoutOf(text);
const at = (name: string, from = 0) => {
  const start = text.indexOf(name, from);
  return { text: name, start, end: start + name.length };
};

describe('scoreSalience', () => {
  it('finds the paragraph starts of the text', () => {
    expect(layout.paragraphStarts).toEqual([0, 19, 44]);
  });

  it('ranks a frequent, early, widespread, headlined entity above a late single one', () => {
    const alpha = [at('Alpha'), at('Alpha', 19), at('Alpha', 44)];
    const high = scoreSalience({ mentions: alpha, inTitle: true, maxMentions: 3 }, layout);
    const low = scoreSalience({ mentions: [at('Gamma')], inTitle: false, maxMentions: 3 }, layout);
    expect(high).toBeGreaterThan(0.9);
    expect(high).toBeLessThanOrEqual(1);
    expect(low).toBeLessThan(0.2);
    expect(low).toBeGreaterThan(0);
  });

  it('rewards the headline', () => {
    const mentions = [at('Beta')];
    expect(scoreSalience({ mentions, inTitle: true, maxMentions: 3 }, layout)).toBeGreaterThan(
      scoreSalience({ mentions, inTitle: false, maxMentions: 3 }, layout),
    );
  });
});

describe('scoreConfidence', () => {
  it('rises with a vocabulary match and with repeated mentions, never past 1', () => {
    const base = scoreConfidence({ bestSpanConfidence: 0.5, inVocabulary: false, mentionCount: 1 });
    const known = scoreConfidence({ bestSpanConfidence: 0.5, inVocabulary: true, mentionCount: 1 });
    const repeated = scoreConfidence({
      bestSpanConfidence: 0.5,
      inVocabulary: false,
      mentionCount: 6,
    });
    expect(base).toBe(0.5);
    expect(known).toBeGreaterThan(base);
    expect(repeated).toBeGreaterThan(base);
    expect(scoreConfidence({ bestSpanConfidence: 1, inVocabulary: true, mentionCount: 50 })).toBe(
      1,
    );
  });
});
