import { mediaTopicUri, TOP_LEVEL_MEDIA_TOPICS } from './media-topics.constants';
import { stemWord } from './stem-word';
import { TopicClassifier } from './topic-classifier';

const classifier = TopicClassifier.create();

function topicsOf(
  title: string,
  text: string,
  entities: { type: string; name: string }[] = [],
): string[] {
  return classifier.classify({ title, text, entities }).map((topic) => topic.code);
}

describe('TopicClassifier', () => {
  it('files a football report under sport', () => {
    const topics = topicsOf(
      'Late goal sends Rovers into the cup final',
      'A striker scored in extra time as Rovers beat City 2-1 in the semi-final on Saturday.\n\n' +
        'The coach praised the squad and the fans who filled the stadium.',
    );
    expect(topics[0]).toBe('medtop:15000000');
  });

  it('files an election story under politics', () => {
    const topics = topicsOf(
      'Opposition leads as voters go to the polls',
      'Voters cast their ballots in parliamentary elections on Sunday, with the opposition party ' +
        'ahead of the governing coalition.\n\nThe prime minister urged a high turnout.',
    );
    expect(topics[0]).toBe('medtop:11000000');
  });

  it('files a wildfire under disaster and not under weather first', () => {
    const topics = topicsOf(
      'Wildfire forces thousands to evacuate',
      'Firefighters battled a wildfire that destroyed 200 homes; thousands were evacuated.\n\n' +
        'Strong winds and dry weather fanned the blaze, officials said.',
    );
    expect(topics[0]).toBe('medtop:03000000');
  });

  it('files a central bank decision under economy, with the organisation as a cue', () => {
    const [topic] = classifier.classify({
      title: 'Central bank raises interest rates again',
      text: 'The central bank raised its benchmark interest rate by a quarter point to curb inflation.\n\nBond markets and the currency rallied.',
      entities: [{ type: 'organisation', name: 'Federal Reserve' }],
    });
    expect(topic?.code).toBe('medtop:04000000');
    expect(topic?.cues.some((cue) => cue.startsWith('entity: Federal Reserve'))).toBe(true);
    expect(topic?.confidence).toBeGreaterThan(0.9);
  });

  it('files a court case under crime, law and justice', () => {
    const topics = topicsOf(
      'Former mayor sentenced for fraud',
      'A judge sentenced the former mayor to six years in prison after a jury convicted him of fraud.\n\n' +
        'His lawyer said he would appeal the verdict.',
    );
    expect(topics[0]).toBe('medtop:02000000');
  });

  it('gives a second topic when a story spans two, and none to an empty or topic-free text', () => {
    const topics = topicsOf(
      'Dockworkers strike over wages as port exports stall',
      'Thousands of dockworkers went on strike over wages, the union said, halting exports of grain and oil.\n\n' +
        'Exporters said the walkout was costing millions of dollars in trade each day.',
    );
    expect(topics).toEqual(expect.arrayContaining(['medtop:09000000', 'medtop:04000000']));
    expect(topicsOf('', 'It was a quiet afternoon.')).toEqual([]);
  });

  it('keeps relevance and confidence in 0–1 and relevance shares summing to at most 1', () => {
    const scored = classifier.classify({
      title: 'Storm brings snow and heavy rain',
      text: 'Temperatures fell below zero as the storm brought snow, rain and strong winds, the weather service said.',
    });
    expect(scored[0]?.code).toBe('medtop:17000000');
    const shares = scored.reduce((sum, topic) => sum + topic.relevance, 0);
    expect(shares).toBeLessThanOrEqual(1.0001);
    for (const topic of scored) expect(topic.confidence).toBeLessThanOrEqual(1);
  });
});

describe('media topics', () => {
  it('lists the 17 top-level codes with IPTC URIs', () => {
    expect(TOP_LEVEL_MEDIA_TOPICS).toHaveLength(17);
    expect(TOP_LEVEL_MEDIA_TOPICS[14]).toEqual({ code: 'medtop:15000000', label: 'sport' });
    expect(mediaTopicUri('medtop:04000000')).toBe(
      'http://cv.iptc.org/newscodes/mediatopic/04000000',
    );
  });

  it('stems inflections of one word together', () => {
    expect(stemWord('elections')).toBe(stemWord('election'));
    expect(stemWord('wildfires')).toBe(stemWord('wildfire'));
    expect(stemWord('strikes')).toBe(stemWord('strike'));
    expect(stemWord('press')).toBe('press');
  });
});
