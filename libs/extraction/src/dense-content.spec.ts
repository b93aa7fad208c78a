import { findDenseContent, isFurniture } from './dense-content';
import { parseHtmlDocument } from './html-dom';

const paragraph = (topic: string): string =>
  `<p>Officials said on Monday that the ${topic} would be reviewed, by an independent panel, before the end of the year, and that the findings would be published in full.</p>`;

describe('findDenseContent', () => {
  it('finds the container of the prose, not the link-heavy rail beside it', () => {
    const document = parseHtmlDocument(`<body>
      <div id="rail"><p><a href="/a">A long teaser headline about another story entirely, with commas, here</a></p>
        <p><a href="/b">Another long teaser headline about a different story, with commas, too</a></p></div>
      <div id="story">${paragraph('budget')}${paragraph('contract')}${paragraph('plan')}</div>
    </body>`);
    expect(findDenseContent(document)?.getAttribute('id')).toBe('story');
  });

  it('reads content parked in a hidden element, as server-rendered pages do', () => {
    const document = parseHtmlDocument(
      `<body><div hidden id="S:0"><div id="story">${paragraph('budget')}${paragraph('plan')}</div></div></body>`,
    );
    expect(findDenseContent(document)?.getAttribute('id')).toBe('story');
  });

  it('finds nothing on a page without paragraphs', () => {
    expect(findDenseContent(parseHtmlDocument('<body><nav>Home</nav></body>'))).toBeNull();
  });
});

describe('isFurniture', () => {
  it('recognises navigation, sidebars and hidden widgets by tag, name, role and style', () => {
    const document = parseHtmlDocument(`<body>
      <nav id="a"></nav><div id="b" class="sidebar"></div><div id="c" role="navigation"></div>
      <div id="d" style="display: none"></div><div id="e" class="article-content"></div>
      <div id="f" class="sidebar-content"></div></body>`);
    const verdict = (id: string): boolean => isFurniture(document.querySelector(`#${id}`)!);
    expect(['a', 'b', 'c', 'd'].map(verdict)).toEqual([true, true, true, true]);
    // A name that also says "content" is given the benefit of the doubt, as Readability does.
    expect(['e', 'f'].map(verdict)).toEqual([false, false]);
  });
});
