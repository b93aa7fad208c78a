// Function words and reporting verbs carry no information about which event an article covers;
// "said" is in nearly every news article.
const STOPWORDS = `a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each even few for
from further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves
then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves said says say saying
told tell according reported reports mr mrs ms dr one two three new like get got us may might must
shall many much another still yet however since per via`;

/** Lower-case English words ignored by story features. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(STOPWORDS.split(/\s+/u));

// Capitalised by convention, not because they name something: never count as names.
const CALENDAR = `monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december jan feb mar apr jun jul aug sep
sept oct nov dec today yesterday tomorrow`;

/** Day and month names, which English capitalises but which are not names. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(CALENDAR.split(/\s+/u));
