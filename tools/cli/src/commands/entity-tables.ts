import { renderTable } from './command-group';

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  status: string;
  mergedInto: string | null;
}

export interface CandidateRow {
  key: string;
  type: string;
  name: string;
  names: string[];
  articles: number;
  mentions: number;
  lastSeen: string;
}

export interface MergeAnswer {
  into: { id: string; name: string };
  merged: string[];
}

export function entityTable(entities: readonly EntityRow[]): string {
  if (entities.length === 0) return 'no entities';
  const rows = entities.map((entity) => [
    entity.id,
    entity.type,
    entity.mergedInto ? `merged into ${entity.mergedInto}` : entity.status,
    entity.aliases.length > 0 ? `${entity.name}  (${entity.aliases.join(', ')})` : entity.name,
  ]);
  return renderTable(['ID', 'TYPE', 'STATUS', 'NAME (ALIASES)'], rows);
}

export function candidateTable(candidates: readonly CandidateRow[]): string {
  if (candidates.length === 0) return 'no candidates';
  const rows = candidates.map((candidate) => [
    candidate.key,
    candidate.type,
    String(candidate.articles),
    String(candidate.mentions),
    candidate.lastSeen,
    candidate.names.length > 0
      ? `${candidate.name}  (also ${candidate.names.join(', ')})`
      : candidate.name,
  ]);
  return renderTable(['KEY', 'TYPE', 'ARTICLES', 'MENTIONS', 'LAST SEEN', 'NAME'], rows);
}
