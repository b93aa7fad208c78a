import {
  articleDeduplicatedV1Schema,
  articleIngestedV1Schema,
  articleTaggedV1Schema,
} from '@newsflow/contracts';
import { aDeduplicatedEvent, anIngestedEvent, aTaggedEvent } from './article.builders';

describe('builders', () => {
  it('build events that satisfy their contracts', () => {
    expect(articleIngestedV1Schema.safeParse(anIngestedEvent()).success).toBe(true);
    expect(articleDeduplicatedV1Schema.safeParse(aDeduplicatedEvent()).success).toBe(true);
    expect(articleTaggedV1Schema.safeParse(aTaggedEvent()).success).toBe(true);
  });
});
