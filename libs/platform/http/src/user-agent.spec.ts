import { formatUserAgent, robotsProductToken, userAgentProblem } from './user-agent';

describe('formatUserAgent', () => {
  it('names product, version and the operator contact', () => {
    expect(
      formatUserAgent({
        product: 'Newsflow',
        version: '0.1.0',
        contact: 'https://news.example/bot',
      }),
    ).toBe('Newsflow/0.1.0 (+https://news.example/bot)');
  });

  it('omits an empty contact', () => {
    expect(formatUserAgent({ product: 'Newsflow', version: '2', contact: ' ' })).toBe('Newsflow/2');
  });

  it.each([
    [{ product: 'News flow', version: '1' }],
    [{ product: 'Newsflow', version: '1 2' }],
    [{ product: 'Newsflow', version: '1', contact: 'https://x.example/\r\nX-Evil: 1' }],
  ])('refuses %p', (parts) => {
    expect(() => formatUserAgent(parts)).toThrow();
  });
});

describe('userAgentProblem', () => {
  it.each([
    'Newsflow/0.1 (+https://news.example/bot)',
    'Newsflow',
    'newsflow-bot/1.2.3 (news ingestion; ops@news.example)',
  ])('accepts %s', (userAgent) => {
    expect(userAgentProblem(userAgent)).toBeUndefined();
  });

  it.each([
    ['', 'must not be empty'],
    ['   ', 'must not be empty'],
    ['Newsflow/1\r\nX-Injected: yes', 'must be printable ASCII on one line'],
    ['Nëwsflow/1', 'must be printable ASCII on one line'],
    ['(compatible) Newsflow/1', 'must start with a product token such as Newsflow/1.0'],
    ['/1.0 bot', 'must start with a product token such as Newsflow/1.0'],
    [`Newsflow/1 ${'x'.repeat(600)}`, 'must be at most 512 characters'],
  ])('refuses %p: %s', (userAgent, problem) => {
    expect(userAgentProblem(userAgent)).toBe(problem);
  });
});

describe('robotsProductToken', () => {
  it.each([
    ['Newsflow/0.1 (+https://news.example/bot)', 'newsflow'],
    ['NEWSFLOW', 'newsflow'],
    ['news-flow_bot/2 extra', 'news-flow_bot'],
  ])('%s → %s', (userAgent, token) => {
    expect(robotsProductToken(userAgent)).toBe(token);
  });

  it('fails without a product token', () => {
    expect(() => robotsProductToken('(bot)')).toThrow('no product token');
  });
});
