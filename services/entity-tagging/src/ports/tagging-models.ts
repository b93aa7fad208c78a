/** The recogniser that finds entity spans (compromise today, a trained model later). */
export const ENTITY_RECOGNISER = Symbol('EntityRecogniser');
/** The vocabulary that gives entities canonical names and ids. */
export const VOCABULARY = Symbol('Vocabulary');
