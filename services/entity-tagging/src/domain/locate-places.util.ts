import type { TaggedEntity } from '@newsflow/contracts';
import { PlaceGazetteer, resolvePlaces, type PlaceMentionInput } from '@newsflow/geo';
import type { Vocabulary } from './vocabulary.interface';

/**
 * Gives every place entity its GeoNames reading: id, feature class, country, coordinates and how
 * sure the choice among same-named places is. A place the vocabulary did not know, or read
 * differently from what the article's context says ("Georgia" beside Atlanta is the state, not
 * the country), takes the GeoNames id as its own; a confirmed vocabulary entry keeps its id.
 * The bundled gazetteer is loaded on the first call (about 0.4 s) and kept.
 */
export function locatePlaces(
  entities: readonly TaggedEntity[],
  text: string,
  vocabulary: Vocabulary,
  gazetteer: PlaceGazetteer = PlaceGazetteer.bundled(),
): TaggedEntity[] {
  const places = entities.filter((entity) => entity.type === 'place');
  if (places.length === 0) return [...entities];
  const inputs: PlaceMentionInput[] = places.map((entity) => {
    const entry = vocabulary.lookup(entity.name);
    const preferred = entry && {
      ...(entry.geonames !== undefined && { geonameId: Number(entry.geonames) }),
      ...(entry.iso3166 !== undefined && { countryCode: entry.iso3166 }),
    };
    return {
      key: entity.id,
      names: [entity.name, ...new Set(entity.mentions.map((mention) => mention.text))],
      spans: entity.mentions,
      ...(preferred && { preferred }),
    };
  });
  const resolutions = new Map(
    resolvePlaces(inputs, text, gazetteer).map((pick) => [pick.key, pick]),
  );
  const preferredByKey = new Map(inputs.map((input) => [input.key, input.preferred]));
  const taken = new Set(entities.map((entity) => entity.id));
  return entities.map((entity) => {
    const pick = resolutions.get(entity.id);
    if (pick === undefined) return entity;
    const { place } = pick;
    const geonamesId = `geonames:${place.geonameId}`;
    const preferred = preferredByKey.get(entity.id);
    const confirmed =
      preferred !== undefined &&
      (preferred.geonameId === place.geonameId ||
        (place.featureClass === 'country' && preferred.countryCode === place.countryCode));
    const ownId = entity.id.startsWith('local:') || (preferred !== undefined && !confirmed);
    // Two entities resolving to one place keep their ids rather than collide.
    const id = ownId && !taken.has(geonamesId) ? geonamesId : entity.id;
    taken.add(id);
    return {
      ...entity,
      id,
      place: {
        geonamesId,
        featureClass: place.featureClass,
        countryCode: place.countryCode,
        latitude: place.latitude,
        longitude: place.longitude,
        confidence: pick.confidence,
      },
    };
  });
}
