// Helpers for the deployment checks: reading the YAML under deploy/, and what the services'
// own sources say about themselves (config variables, default port, consumer groups, topics),
// so the manifests are checked against the code rather than against a copy of it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { platformEnvShape, portSchema } from '@newsflow/platform-config';
import { parseAllDocuments } from 'yaml';
import { z } from 'zod';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

export function repoPath(...parts: string[]): string {
  return path.join(REPO_ROOT, ...parts);
}

export function readRepoFile(relativePath: string): string {
  return readFileSync(repoPath(relativePath), 'utf8');
}

export interface YamlDocument {
  /** Path relative to the repository root. */
  readonly file: string;
  /** Position of the document in its file, from 0. */
  readonly index: number;
  readonly value: unknown;
}

/** Every non-empty YAML document in the files under `dir`, skipping the sub-folders named. */
export function loadYamlDocuments(dir: string, skipDirs: readonly string[] = []): YamlDocument[] {
  const documents: YamlDocument[] = [];
  for (const file of yamlFiles(repoPath(dir), skipDirs)) {
    const relative = path.relative(REPO_ROOT, file);
    parseAllDocuments(readFileSync(file, 'utf8')).forEach((document, index) => {
      if (!('errors' in document)) throw new Error(`${relative}: not a YAML stream`);
      if (document.errors.length > 0) {
        throw new Error(`${relative} document ${index}: ${document.errors[0]?.message ?? ''}`);
      }
      const value: unknown = document.toJS();
      if (value !== null && value !== undefined) documents.push({ file: relative, index, value });
    });
  }
  return documents;
}

function yamlFiles(dir: string, skipDirs: readonly string[]): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return skipDirs.includes(name) ? [] : yamlFiles(full, []);
      return /\.ya?ml$/.test(name) ? [full] : [];
    });
}

// ---- the services, as their sources describe them --------------------------------------------

export interface ServiceFacts {
  readonly name: string;
  /** Every environment variable the service's config schema reads (platform ones included). */
  readonly variables: ReadonlySet<string>;
  readonly defaultPort: number;
  /** `*_CONSUMER_GROUP` variables and their defaults. */
  readonly consumerGroups: ReadonlyMap<string, string>;
  /** Keys of CHANNELS (libs/contracts) the service consumes. */
  readonly consumedChannels: readonly string[];
}

export function serviceNames(): string[] {
  return readdirSync(repoPath('services'))
    .filter((name) => existsSync(repoPath('services', name, 'src/main.ts')))
    .sort();
}

export function serviceFacts(name: string): ServiceFacts {
  const configDir = path.join('services', name, 'src/config');
  const configFiles = readdirSync(repoPath(configDir)).filter(
    (file) => file.endsWith('.config.ts') && !file.endsWith('.spec.ts'),
  );
  const source = configFiles.map((file) => readRepoFile(path.join(configDir, file))).join('\n');

  const variables = new Set(Object.keys(platformEnvShape));
  for (const match of source.matchAll(/^\s+([A-Z][A-Z0-9_]*)\??:/gm)) variables.add(match[1] ?? '');

  const port = /HTTP_PORT:\s*portSchema\.default\((\d+)\)/.exec(source)?.[1];
  if (port === undefined) throw new Error(`${configDir}: no HTTP_PORT default found`);

  const consumerGroups = new Map<string, string>();
  for (const match of source.matchAll(/([A-Z_]+_CONSUMER_GROUP):[^\n]*\.default\('([^']+)'\)/g)) {
    consumerGroups.set(match[1] ?? '', match[2] ?? '');
  }

  return {
    name,
    variables,
    defaultPort: Number(port),
    consumerGroups,
    consumedChannels: consumedChannels(name),
  };
}

function consumedChannels(name: string): string[] {
  const dir = path.join('services', name, 'src/adapters/kafka');
  if (!existsSync(repoPath(dir))) return [];
  const channels = readdirSync(repoPath(dir))
    .filter((file) => file.endsWith('.ts') && !file.includes('.spec.'))
    .flatMap((file) =>
      [...readRepoFile(path.join(dir, file)).matchAll(/\.consume\(\s*CHANNELS\.(\w+)/g)].map(
        (match) => match[1] ?? '',
      ),
    );
  return [...new Set(channels)].sort();
}

/** The platform part of every service's config schema, plus HTTP_PORT: the real zod checks. */
export const platformEnvSchema = z.object({ ...platformEnvShape, HTTP_PORT: portSchema });

// ---- IPv4 ranges ------------------------------------------------------------------------------

/** Private, shared (CGNAT) and link-local ranges: never reachable from the internet egress rules. */
export const PRIVATE_RANGES = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '169.254.0.0/16',
] as const;

export interface Ipv4Range {
  readonly first: number;
  readonly last: number;
}

export function parseIpv4Cidr(cidr: string): Ipv4Range {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!match) throw new Error(`not an IPv4 CIDR: ${cidr}`);
  const octets = match.slice(1, 5).map(Number);
  const bits = Number(match[5]);
  if (octets.some((octet) => octet > 255) || bits > 32) throw new Error(`bad CIDR: ${cidr}`);
  const address = octets.reduce((value, octet) => value * 256 + octet, 0);
  const size = 2 ** (32 - bits);
  const first = address - (address % size);
  return { first, last: first + size - 1 };
}

export function rangeContains(outer: Ipv4Range, inner: Ipv4Range): boolean {
  return outer.first <= inner.first && inner.last <= outer.last;
}

export function rangesOverlap(a: Ipv4Range, b: Ipv4Range): boolean {
  return a.first <= b.last && b.first <= a.last;
}
