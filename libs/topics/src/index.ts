export { mediaTopicUri, TOP_LEVEL_MEDIA_TOPICS } from './media-topics.constants';
export type { MediaTopic, MediaTopicCode } from './media-topics.constants';
export { stemWord, wordsOf } from './stem-word';
export { DEFAULT_CLASSIFY_OPTIONS, TopicClassifier } from './topic-classifier';
export type { ClassifyOptions, TopicInput, TopicScore } from './topic-classifier';
