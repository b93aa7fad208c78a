import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { LiveStoryDocument, MergedStoryDocument, StoryDocument } from '@newsflow/contracts';
import { driverCollection, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection } from 'mongodb';
import type { Connection, Model } from 'mongoose';
import type { StoryStore } from '../../ports/story.store';
import { storySchema } from './story.schema';

/**
 * Creating a story is an insert (indexed, atomic on every store). Growing or merging one is the
 * single update per story event: on FerretDB v1 it scans the collection, which is why a story's
 * first event never updates and a replay is answered from an `_id` read before any write.
 */
@Injectable()
export class MongoStoryStore implements StoryStore, OnModuleInit {
  private readonly model: Model<StoryDocument>;
  private readonly stories: Collection<StoryDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    this.model = connection.model<StoryDocument>('Story', storySchema);
    this.stories = driverCollection(this.model);
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  find(storyId: string): Promise<StoryDocument | null> {
    return this.stories.findOne({ _id: storyId });
  }

  async insert(document: StoryDocument): Promise<boolean> {
    try {
      await this.stories.insertOne(document);
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === 11000) return false;
      throw error;
    }
  }

  async replaceIfNewer(document: LiveStoryDocument): Promise<boolean> {
    const { memberCount, updatedAt } = document;
    // Same rule as isNewerStory, in the filter: on MongoDB the check and the write are one step.
    const result = await this.stories.replaceOne(
      {
        _id: document._id,
        mergedInto: null,
        eventId: { $ne: document.eventId },
        $or: [
          { memberCount: { $lt: memberCount } },
          { memberCount, updatedAt: { $lt: updatedAt } },
        ],
      },
      document,
    );
    return result.matchedCount === 1;
  }

  async replaceWithMerged(document: MergedStoryDocument): Promise<boolean> {
    const result = await this.stories.replaceOne({ _id: document._id, mergedInto: null }, document);
    return result.matchedCount === 1;
  }
}
