import type { StoryUpdatedV1Payload } from '@newsflow/contracts';

export interface StoryEventPublisher {
  publish(
    payload: StoryUpdatedV1Payload,
    trace: { correlationId: string; causationId: string },
  ): Promise<void>;
}

export const STORY_EVENT_PUBLISHER = Symbol('StoryEventPublisher');
