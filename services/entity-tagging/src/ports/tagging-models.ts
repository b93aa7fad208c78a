/** The recogniser that finds entity spans: the trained NER model, or compromise without its file. */
export const ENTITY_RECOGNISER = Symbol('EntityRecogniser');
/** The vocabulary that gives entities canonical names and ids. */
export const VOCABULARY = Symbol('Vocabulary');
