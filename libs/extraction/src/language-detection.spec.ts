import { detectLanguage, normaliseLanguageTag } from './language-detection';

describe('normaliseLanguageTag', () => {
  it.each([
    ['en-GB', 'en'],
    ['pt_BR', 'pt'],
    ['FR', 'fr'],
    ['ara', 'ar'],
    ['deu', 'de'],
    ['iw', 'he'],
  ])('maps %j to %s', (tag, code) => {
    expect(normaliseLanguageTag(tag)).toBe(code);
  });

  it.each(['', 'x', 'klingon', null, undefined])('returns null for %j', (tag) => {
    expect(normaliseLanguageTag(tag)).toBeNull();
  });
});

describe('detectLanguage', () => {
  it.each([
    [
      'The United States and its allies said on Monday they would impose new sanctions on the government.',
      'en',
    ],
    [
      'Le gouvernement a annoncé lundi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse.',
      'fr',
    ],
    [
      'Die Bundesregierung hat am Montag neue Maßnahmen zur Unterstützung der Landwirte angekündigt.',
      'de',
    ],
    [
      'El Gobierno aprobó el martes un paquete de medidas para ayudar a los agricultores afectados por la sequía.',
      'es',
    ],
    [
      'أعلنت الحكومة يوم الاثنين عن سلسلة من الإجراءات لدعم المزارعين المتضررين من الجفاف في البلاد',
      'ar',
    ],
  ])('detects %j as %s', (text, code) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it('says nothing about text too short to judge', () => {
    expect(detectLanguage('Short headline here')).toBeNull();
  });
});
