/** The part of IPTC ninjs 3.1 that Newsflow produces (the schema allows much more). */
export interface NinjsConcept {
  name: string;
  rel?: string;
  uri?: string;
  literal?: string;
  /** GeoJSON geometry of a place (ninjs `places[].geoJSON`): a Point, [longitude, latitude]. */
  geoJSON?: { type: 'Point'; coordinates: [number, number] };
}

export interface NinjsSubject extends Omit<NinjsConcept, 'geoJSON'> {
  /** Who or what assigned the subject, e.g. `newsflow-entity-tagger/1.0.0`. */
  creator?: string;
  /** 0–100: how relevant the subject is to the content. */
  relevance?: number;
  /** 0–100: how sure the creator is of the assignment. */
  confidence?: number;
}

export interface NinjsItem {
  uri: string;
  type: 'text';
  version: string;
  firstCreated?: string;
  versionCreated: string;
  contentCreated?: string;
  language?: string;
  headlines?: { role: string; value: string; contentType?: string }[];
  bodies: {
    role: string;
    contentType: string;
    value: string;
    charCount: number;
    wordCount: number;
  }[];
  by?: string;
  people?: NinjsConcept[];
  organisations?: NinjsConcept[];
  places?: NinjsConcept[];
  subjects?: NinjsSubject[];
  infoSources?: { name: string; role: string; uri?: string; literal?: string }[];
  altIds?: { role: string; value: string }[];
  copyrightNotice?: string;
  /** The lead image, referenced by URL (`featureimage`). */
  associations?: {
    name: string;
    rel: string;
    uri: string;
    type: 'picture';
    renditions: { name: string; href: string }[];
  }[];
}
