import { detectLanguage, MIN_LANGUAGE_TEXT_LENGTH } from './detect-language.util';

describe('detectLanguage', () => {
  it.each([
    [
      'en',
      'The foreign ministers met on Tuesday to discuss new limits on fishing in the region. They said a deal was close.',
    ],
    [
      'fr',
      'Les ministres des affaires étrangères se sont réunis mardi pour discuter de la pêche. Un accord serait proche.',
    ],
    [
      'de',
      'Die Außenminister trafen sich am Dienstag, um über neue Fangquoten zu beraten. Eine Einigung sei nahe, hieß es.',
    ],
    [
      'es',
      'Los ministros de asuntos exteriores se reunieron el martes para hablar de la pesca. Dijeron que el acuerdo está cerca.',
    ],
    [
      'ru',
      'Министры иностранных дел встретились во вторник, чтобы обсудить новые квоты на вылов рыбы. Соглашение уже близко.',
    ],
  ])('detects %s', (code, text) => {
    expect(text.length).toBeGreaterThanOrEqual(MIN_LANGUAGE_TEXT_LENGTH);
    expect(detectLanguage(text)).toBe(code);
  });

  it('returns null for text too short to judge', () => {
    expect(
      detectLanguage('Mr. Smith and Mrs. Smith met John Smith. Smith said Anna Smith agreed.'),
    ).toBeNull();
    expect(detectLanguage('   ')).toBeNull();
  });

  it('returns null for a language without a two-letter code or not known to franc', () => {
    expect(detectLanguage('1234 5678 '.repeat(20))).toBeNull();
  });
});
