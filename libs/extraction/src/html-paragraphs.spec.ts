import { parseHtmlDocument } from './html-dom';
import { splitElementParagraphs, splitHtmlParagraphs } from './html-paragraphs';

const texts = (html: string): string[] => splitHtmlParagraphs(html).lines.map((line) => line.text);

describe('splitHtmlParagraphs', () => {
  it('takes paragraphs, headings, list items and quotes in document order with their kinds', () => {
    const { lines } = splitHtmlParagraphs(
      '<div><p>First  <b>para</b>.</p><h2>Sub</h2><ul><li>Item one</li><li>Item two</li></ul><blockquote>Quoted words.</blockquote><h5>Minor heading</h5></div>',
    );
    expect(lines.map(({ text, kind }) => ({ text, kind }))).toEqual([
      { text: 'First para.', kind: 'text' },
      { text: 'Sub', kind: 'heading' },
      { text: 'Item one', kind: 'list-item' },
      { text: 'Item two', kind: 'list-item' },
      { text: 'Quoted words.', kind: 'quote' },
      { text: 'Minor heading', kind: 'heading' },
    ]);
  });

  it('uses the innermost block so nested paragraphs are not read twice', () => {
    const { lines } = splitHtmlParagraphs('<blockquote><p>One.</p><p>Two.</p></blockquote>');
    expect(lines.map(({ text, kind }) => ({ text, kind }))).toEqual([
      { text: 'One.', kind: 'text' },
      { text: 'Two.', kind: 'text' },
    ]);
  });

  it('keeps text that sits loose in a container, around nested blocks', () => {
    expect(
      texts('<div>Loose words <a href="/x">linked</a><p>A paragraph.</p>tail text</div>'),
    ).toEqual(['Loose words linked', 'A paragraph.', 'tail text']);
  });

  it('splits a block at double line breaks and joins at single ones, not at source newlines', () => {
    expect(texts('<p>Line one<br>continues.<br><br>Second part.</p>')).toEqual([
      'Line one continues.',
      'Second part.',
    ]);
    expect(texts('<p>Wrapped\n\nin the source.</p>')).toEqual(['Wrapped in the source.']);
  });

  it('reads a data table row by row and skips captions and forms', () => {
    expect(
      texts(
        '<figure><figcaption><p>A caption.</p></figcaption></figure><table><tr><th>Pos.</th><th>Driver</th></tr><tr><td>1</td><td>Kyle Busch</td></tr></table><form><p>Search</p></form><p>Body.</p>',
      ),
    ).toEqual(['Pos. Driver', '1 Kyle Busch', 'Body.']);
  });

  it('measures how much of each block is link text', () => {
    const { lines } = splitHtmlParagraphs(
      '<p>Plain words here.</p><p>Half <a href="/a">linked</a></p>',
    );
    expect(lines[0]?.linkDensity).toBe(0);
    expect(lines[1]?.linkDensity).toBeCloseTo('linked'.length / 'Half linked'.length, 1);
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

  it('drops paragraphs and headings that are almost all link text', () => {
    const result = splitHtmlParagraphs(
      '<p>The council met on Monday.</p><p><a href="/other">Council to vote on budget next week</a></p><h3><a href="/more">More local news</a></h3>',
    );
    expect(result.lines.map((line) => line.text)).toEqual(['The council met on Monday.']);
    expect(result.removed.map((line) => line.reason)).toEqual(['linked-block', 'linked-block']);
  });
});

describe('splitElementParagraphs', () => {
  it('walks a subtree of a live page and leaves out what the caller skips', () => {
    const document = parseHtmlDocument(
      '<body><div id="main"><p>Kept.</p><div class="share">Share this</div></div></body>',
    );
    const main = document.querySelector('#main');
    const { lines } = splitElementParagraphs(
      main!,
      (element) => element.getAttribute('class') === 'share',
    );
    expect(lines.map((line) => line.text)).toEqual(['Kept.']);
  });
});
