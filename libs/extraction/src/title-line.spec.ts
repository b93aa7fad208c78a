import type { RemovalReason } from './removal-reason';
import { findTitleIndex, startAfterHeadline } from './title-line';

const line = (text: string, reason: RemovalReason | null = null, prose = false) => ({
  text,
  reason,
  prose,
});

describe('findTitleIndex', () => {
  it('finds the headline above the byline and date', () => {
    const lines = [
      line('Home', 'short-fragment'),
      line('Bridge reopens after repair'),
      line('By Sam Hill', 'byline'),
      line('3 May 2024', 'timestamp'),
      line('The bridge reopened on Monday.', null, true),
    ];
    expect(findTitleIndex(lines, 4)).toBe(1);
  });

  it('looks above the byline, past the outlet line under it', () => {
    const lines = [
      line('Storm leaves thousands without power'),
      line('By Rhys Evans', 'byline'),
      line('Valley News Wales'),
      line('2 November 2023', 'timestamp'),
      line('Body.', null, true),
    ];
    expect(findTitleIndex(lines, 4)).toBe(0);
  });

  it('treats a byline carrying a credit as a byline', () => {
    const lines = [
      { text: 'Salmon shares slide', reason: null, byline: null },
      { text: 'By Erik Nilsen, Reuters', reason: 'credit-line' as const, byline: 'Erik Nilsen' },
      { text: 'Body.', reason: null, byline: null },
    ];
    expect(findTitleIndex(lines, 2)).toBe(0);
  });

  it('takes the first of a headline and deck pair', () => {
    const lines = [
      line('Bridge reopens after repair'),
      line('Repairs cost twice the estimate'),
      line('Body.', null, true),
    ];
    expect(findTitleIndex(lines, 2)).toBe(0);
  });

  it('refuses a line from a list of three or more headlines', () => {
    const lines = [
      line('Drought pushes herders into cities'),
      line('Plastic bags banned in national parks'),
      line('Bridge reopens after repair'),
      line('Body.', null, true),
    ];
    expect(findTitleIndex(lines, 3)).toBeNull();
  });

  it('looks past a date line with the outlet name glued on', () => {
    const lines = [
      line('Egypt, Sudan discuss Nile dam talks', 'headline-list'),
      line('Ahram Online , Monday 3 Jun 2024', 'timestamped-headline'),
      line('Body.', null, true),
    ];
    expect(findTitleIndex(lines, 2)).toBe(0);
  });

  it('refuses a headline sitting under a dated headline of a list', () => {
    const lines = [
      line('Port reopensGMT 10:02 2020 Monday ,6 April', 'timestamped-headline'),
      line('Bridge reopens after repair', 'headline-list'),
      line('Body.', null, true),
    ];
    expect(findTitleIndex(lines, 2)).toBeNull();
  });

  it('refuses when other text separates the candidate from the body', () => {
    const lines = [
      line('Bridge reopens after repair'),
      line('Sign up now', 'subscription-prompt'),
      line('Body.', null, true),
    ];
    expect(findTitleIndex(lines, 2)).toBeNull();
  });

  it('refuses a sentence', () => {
    expect(
      findTitleIndex([line('The bridge has reopened.'), line('Body.', null, true)], 1),
    ).toBeNull();
  });
});

describe('startAfterHeadline', () => {
  it('moves the start past a headline preceded by a short lead-in', () => {
    const lines = [
      line('Welcome to the Valley Courier.', null, true),
      line('Bridge reopens after repair'),
      line(
        'The old bridge reopened to traffic on Monday after a two-year repair, the county said.',
        null,
        true,
      ),
      line(
        'Drivers had faced a detour of nearly thirty minutes while the bridge was closed for work.',
        null,
        true,
      ),
    ];
    expect(startAfterHeadline(lines, 0, 4, true)).toBe(2);
    expect(startAfterHeadline(lines, 0, 4, false)).toBe(0);
  });

  it('moves past a known title line whatever the detection setting', () => {
    const lines = [
      line('Welcome.', null, true),
      line('Bridge reopens', 'title'),
      line('The old bridge reopened to traffic on Monday after a two-year repair.', null, true),
    ];
    expect(startAfterHeadline(lines, 0, 3, false)).toBe(2);
  });

  it('keeps a sub-heading that follows a substantial first paragraph', () => {
    const lines = [
      line(
        'The old bridge reopened to traffic on Monday after a two-year repair, the county said.',
        null,
        true,
      ),
      line('Costs doubled'),
      line('The repair cost twice the estimate.', null, true),
    ];
    expect(startAfterHeadline(lines, 0, 3, true)).toBe(0);
  });
});
