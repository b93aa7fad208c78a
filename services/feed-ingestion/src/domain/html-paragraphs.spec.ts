import { splitHtmlParagraphs } from './html-paragraphs';

describe('splitHtmlParagraphs', () => {
  it('takes p, h2–h4, li and blockquote blocks in document order with their kinds', () => {
    const { lines } = splitHtmlParagraphs(
      '<div><p>First  <b>para</b>.</p><h2>Sub</h2><ul><li>Item one</li><li>Item two</li></ul><blockquote>Quoted words.</blockquote><h5>Ignored</h5></div>',
    );
    expect(lines).toEqual([
      { text: 'First para.', kind: 'text' },
      { text: 'Sub', kind: 'heading' },
      { text: 'Item one', kind: 'list-item' },
      { text: 'Item two', kind: 'list-item' },
      { text: 'Quoted words.', kind: 'quote' },
    ]);
  });

  it('uses the innermost block so nested paragraphs are not read twice', () => {
    const { lines } = splitHtmlParagraphs('<blockquote><p>One.</p><p>Two.</p></blockquote>');
    expect(lines).toEqual([
      { text: 'One.', kind: 'text' },
      { text: 'Two.', kind: 'text' },
    ]);
  });

  it('splits a block at double line breaks and joins at single ones', () => {
    const { lines } = splitHtmlParagraphs('<p>Line one<br>continues.<br><br>Second part.</p>');
    expect(lines.map((line) => line.text)).toEqual(['Line one continues.', 'Second part.']);
  });

  it('skips captions, tables and forms', () => {
    const { lines } = splitHtmlParagraphs(
      '<figure><figcaption><p>A caption.</p></figcaption></figure><table><tr><td><p>Cell.</p></td></tr></table><p>Body.</p>',
    );
    expect(lines.map((line) => line.text)).toEqual(['Body.']);
  });

  it('drops lists whose items are nothing but links, and says so', () => {
    const result = splitHtmlParagraphs(
      '<p>Body.</p><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul><ul><li>Plain item</li><li><a href="/c">Single link</a></li></ul>',
    );
    expect(result.lines.map((line) => line.text)).toEqual(['Body.', 'Plain item', 'Single link']);
    expect(result.removed).toEqual([
      { line: 'Other story one', reason: 'link-list' },
      { line: 'Other story two', reason: 'link-list' },
    ]);
  });
});
