import {
  assignStory,
  type AssignStoryOptions,
  type CandidateStory,
  type StoryAssignment,
} from './assign-story.policy';
import type { ClusterInput } from './cluster-stories';

/** The outcome of assigning a sequence of articles one at a time. */
export interface StoryReplay {
  /** Final stories: id → member article ids. */
  readonly stories: ReadonlyMap<string, readonly string[]>;
  /** Each article's assignment, in arrival order. */
  readonly assignments: readonly {
    readonly articleId: string;
    readonly assignment: StoryAssignment;
  }[];
}

/**
 * Runs `assignStory` over articles in arrival order, every existing story a candidate, applying
 * joins, creations and merges as the service would. New stories take the id `story:<articleId>`
 * of their first article. For evaluation and tests of the online behaviour.
 */
export function replayStories(
  inputs: readonly ClusterInput[],
  options: Omit<AssignStoryOptions, 'nearDuplicateOf'> = {},
): StoryReplay {
  const stories = new Map<string, CandidateStory>();
  const assignments: { articleId: string; assignment: StoryAssignment }[] = [];
  for (const { article, nearDuplicateOf } of inputs) {
    const assignment = assignStory(article, [...stories.values()], { ...options, nearDuplicateOf });
    assignments.push({ articleId: article.articleId, assignment });
    if (assignment.action === 'create') {
      const storyId = `story:${article.articleId}`;
      stories.set(storyId, { storyId, members: [article] });
      continue;
    }
    const [targetId, ...absorbedIds] = assignment.storyIds;
    const members = [...(stories.get(targetId)?.members ?? [])];
    for (const absorbedId of absorbedIds) {
      members.push(...(stories.get(absorbedId)?.members ?? []));
      stories.delete(absorbedId);
    }
    stories.set(targetId, { storyId: targetId, members: [...members, article] });
  }
  return {
    stories: new Map(
      [...stories].map(([storyId, story]) => [storyId, story.members.map((m) => m.articleId)]),
    ),
    assignments,
  };
}
