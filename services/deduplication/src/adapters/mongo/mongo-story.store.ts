import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  connectedDb,
  detectStoreKind,
  driverCollection,
  findWhereIn,
  insertNew,
  MONGO_CONNECTION,
  type StoreKind,
} from '@newsflow/platform-mongo';
import type { Collection, Db } from 'mongodb';
import type { Connection } from 'mongoose';
import type { StoryMember, StoryRecord, StoryStore } from '../../ports/story.store';

import { storyMemberSchema, storyMergeSchema } from './near-duplicate.schema';

interface MemberDocument {
  _id: string;
  storyId: string;
  articleId: string;
  title: string | null;
  time: number;
  sourceId: string;
  language: string | null;
  originalRank: string;
}

interface MergeDocument {
  _id: string;
  into: string;
}

const MAX_CHAIN = 32;

/**
 * Stories as insert-only facts (members, merges), derived on read: the store has no atomic
 * read-modify-write, and facts that are only ever added cannot be lost by racing instances.
 */
@Injectable()
export class MongoStoryStore implements StoryStore, OnModuleInit {
  readonly members: Collection<MemberDocument>;
  readonly merges: Collection<MergeDocument>;
  private readonly db: Db;
  private readonly init: () => Promise<unknown>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const memberModel = connection.model<MemberDocument>('StoryMember', storyMemberSchema);
    const mergeModel = connection.model<MergeDocument>('StoryMerge', storyMergeSchema);
    this.members = driverCollection(memberModel);
    this.merges = driverCollection(mergeModel);
    this.db = connectedDb(connection);
    this.init = () => Promise.all([memberModel.init(), mergeModel.init()]);
  }

  async onModuleInit(): Promise<void> {
    await Promise.all([this.init(), this.kind()]);
  }

  private kind(): Promise<StoreKind> {
    return detectStoreKind(this.db);
  }

  async resolve(storyIds: readonly string[]): Promise<Map<string, StoryRecord>> {
    const result = new Map<string, StoryRecord>();
    for (const storyId of new Set(storyIds)) {
      const record = await this.record(await this.root(storyId));
      if (record) result.set(storyId, record);
    }
    return result;
  }

  async addMembers(storyId: string, members: readonly StoryMember[]): Promise<StoryRecord> {
    await insertNew(this.members, memberDocuments(storyId, members));
    const record = await this.record(await this.root(storyId));
    if (record === null) throw new Error(`story ${storyId} has no members after insert`);
    return record;
  }

  async startStory(storyId: string, members: readonly StoryMember[]): Promise<StoryRecord> {
    const documents = memberDocuments(storyId, members);
    const refused = await insertNew(this.members, documents);
    const record = refused.size === 0 ? storyOf(storyId, documents) : null;
    return record ?? this.addMembers(storyId, members);
  }

  async merge(targetId: string, absorbedIds: readonly string[]): Promise<StoryRecord> {
    const target = await this.root(targetId);
    const absorbed = await Promise.all(absorbedIds.map((id) => this.root(id)));
    // A story merged elsewhere meanwhile keeps its first merge; its root is folded in instead.
    await insertNew(
      this.merges,
      [...new Set(absorbed)].filter((id) => id !== target).map((id) => ({ _id: id, into: target })),
    );
    const record = await this.record(await this.root(targetId));
    if (record === null) throw new Error(`story ${targetId} vanished during a merge`);
    return record;
  }

  /** Follows merges to the live story. Racing merges may form a cycle; its smallest id wins. */
  private async root(storyId: string): Promise<string> {
    const chain: string[] = [];
    for (let id: string | undefined = storyId; id !== undefined;) {
      if (chain.includes(id)) return [...chain.slice(chain.indexOf(id))].sort()[0] ?? id;
      chain.push(id);
      if (chain.length > MAX_CHAIN) throw new Error(`story ${storyId}: merge chain too long`);
      id = (await this.merges.findOne({ _id: id }))?.into;
    }
    return chain[chain.length - 1] ?? storyId;
  }

  /** The story with everything merged into it, transitively; null when it has no members. */
  private async record(rootId: string): Promise<StoryRecord | null> {
    const ids = new Set([rootId]);
    for (let frontier = [rootId]; frontier.length > 0;) {
      const merged = await findWhereIn(this.merges, 'into', frontier, await this.kind());
      frontier = merged.map((m) => m._id).filter((id) => !ids.has(id));
      frontier.forEach((id) => ids.add(id));
    }
    const docs = await findWhereIn(this.members, 'storyId', [...ids], await this.kind());
    return storyOf(rootId, docs);
  }
}

function memberDocuments(storyId: string, members: readonly StoryMember[]): MemberDocument[] {
  return members.map((member) => ({ _id: `${storyId}|${member.articleId}`, storyId, ...member }));
}

/** A story as its member documents make it: earliest title, times, sources, the lowest-ranked original. */
function storyOf(rootId: string, docs: readonly MemberDocument[]): StoryRecord | null {
  if (docs.length === 0) return null;
  const byArticle = new Map<string, MemberDocument>();
  for (const doc of [...docs].sort(
    (a, b) => a.time - b.time || a.articleId.localeCompare(b.articleId),
  ))
    if (!byArticle.has(doc.articleId)) byArticle.set(doc.articleId, doc);
  const members = [...byArticle.values()];
  const first = members[0];
  const last = members[members.length - 1];
  const original = [...members].sort((a, b) => a.originalRank.localeCompare(b.originalRank))[0];
  if (!first || !last || !original) return null;
  return {
    storyId: rootId,
    title: first.title ?? null,
    firstSeen: first.time,
    lastSeen: last.time,
    members: members.map((m) => m.articleId),
    sources: [...new Set(members.map((m) => m.sourceId))],
    languages: [...new Set(members.flatMap((m) => (m.language ? [m.language] : [])))],
    originalArticleId: original.articleId,
  };
}
