import { extractTags, stripTags } from './html-scan.util';

describe('stripTags', () => {
  it('removes tags and comments, breaking lines at block elements', () => {
    expect(stripTags('<p>a <b class="x>y">b</b></p><!-- c --><div>d</div>')).toBe('\na b\n\nd\n');
  });

  it('drops the bodies of script and style elements', () => {
    expect(stripTags('x<script type="t">if (a < b) {}</script>y<STYLE>p{}</style >z')).toBe('xyz');
  });

  it('escapes a "<" that opens no tag, leaving entities for the caller', () => {
    expect(stripTags('a < b &amp; <3')).toBe('a &lt; b &amp; &lt;3');
  });

  it('drops an unterminated trailing tag', () => {
    expect(stripTags('text<a href="x')).toBe('text');
  });
});

describe('extractTags', () => {
  it('keeps only start tags with the given names, outside comments and scripts', () => {
    const html =
      '<div><LINK rel="a" href="x>y"></div><!-- <link href="c"> --><script>"<link href=s>"</script><base href="/b/"><link/>';

    expect(extractTags(html, new Set(['link', 'base']))).toBe(
      '<LINK rel="a" href="x>y">\n<base href="/b/">\n<link/>',
    );
  });
});
