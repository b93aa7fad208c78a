import { eviaWildfire } from './evia-wildfire.fixture';
import { harlowSpringsBribery } from './harlow-springs-bribery.fixture';
import { leipzigElephantCalf } from './leipzig-elephant-calf.fixture';
import { sinesPortStrike } from './sines-port-strike.fixture';
import type { SyndicationItem, WireStoryFixture } from './syndication-item.fixture';

/** The syndication test set: four wire stories, their outlet copies and hard negatives. */
export const WIRE_STORIES: readonly WireStoryFixture[] = [
  sinesPortStrike,
  eviaWildfire,
  harlowSpringsBribery,
  leipzigElephantCalf,
];

/** Every article of the set, copies and hard negatives, in publication order. */
export const SYNDICATION_ITEMS: readonly SyndicationItem[] = WIRE_STORIES.flatMap((story) => [
  ...story.items,
  ...story.hardNegatives,
]).sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id));
