import { htmlToText, looksLikeHtml } from './html-to-text.util';

describe('htmlToText', () => {
  it('puts block elements on their own lines and joins inline ones', () => {
    expect(htmlToText('<p>One <b>bold</b> line</p><ul><li>a</li><li>b</li></ul>x<br>y')).toBe(
      'One bold line\na\nb\nx\ny',
    );
  });

  it('decodes entities and collapses whitespace, including no-break spaces', () => {
    expect(htmlToText('Tom &amp; Jerry&nbsp;&nbsp; &lt;3 &#8212; &eacute;')).toBe(
      'Tom & Jerry <3 — é',
    );
  });

  it('drops scripts, styles and comments', () => {
    expect(htmlToText('<style>p{}</style><script>alert(1)</script>kept<!-- gone -->')).toBe('kept');
  });

  it('returns text without markup as tidied text', () => {
    expect(htmlToText('  plain \n\n  text ')).toBe('plain\ntext');
  });

  it('stays linear on absurdly nested markup', () => {
    const started = performance.now();

    expect(htmlToText(`${'<div><span>'.repeat(30_000)}deep`)).toBe('deep');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('looksLikeHtml', () => {
  it.each(['a <b>bold</b> move', 'line<br/>break', '<a href="x">link</a>'])('spots %j', (text) => {
    expect(looksLikeHtml(text)).toBe(true);
  });

  it.each(['x < y and y > z', 'AT&T', 'plain'])('ignores %j', (text) => {
    expect(looksLikeHtml(text)).toBe(false);
  });
});
