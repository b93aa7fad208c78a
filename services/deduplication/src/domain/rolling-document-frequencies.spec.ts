import { RollingDocumentFrequencies } from './rolling-document-frequencies';

describe('RollingDocumentFrequencies', () => {
  it('counts each article once and forgets the oldest past capacity', () => {
    const frequencies = new RollingDocumentFrequencies(2);
    frequencies.add('a', ['t:port', 't:port', 'n:sines']);
    frequencies.add('a', ['t:port']);
    frequencies.add('b', ['t:port']);
    expect([frequencies.documents, frequencies.frequency('t:port')]).toEqual([2, 2]);
    frequencies.add('c', ['t:fire']);
    expect(frequencies.documents).toBe(2);
    expect(frequencies.frequency('t:port')).toBe(1);
    expect(frequencies.frequency('n:sines')).toBe(0);
  });
});
