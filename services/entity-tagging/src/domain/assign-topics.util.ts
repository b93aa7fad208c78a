import type { TaggedEntity, TopicTag } from '@newsflow/contracts';
import { TopicClassifier } from '@newsflow/topics';

/** The article's IPTC Media Topics, most relevant first, from its words and its organisations. */
export function assignTopics(
  input: { readonly title: string | null; readonly text: string },
  entities: readonly TaggedEntity[],
  classifier: TopicClassifier = defaultClassifier(),
): TopicTag[] {
  return classifier.classify({ title: input.title, text: input.text, entities }).map((topic) => ({
    code: topic.code,
    name: topic.label,
    relevance: topic.relevance,
    confidence: topic.confidence,
  }));
}

let shared: TopicClassifier | undefined;

function defaultClassifier(): TopicClassifier {
  shared ??= TopicClassifier.create();
  return shared;
}
