// Offline checks of deploy/compose/docker-compose.yml: start order by health, and the same
// configuration rules as the Kubernetes manifests (checked against the services' sources).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  platformEnvSchema,
  readRepoFile,
  repoPath,
  serviceFacts,
  serviceNames,
} from './deploy-files';

const COMPOSE_FILE = 'deploy/compose/docker-compose.yml';

type Environment = Record<string, string | number | boolean | null>;

interface ComposeService {
  readonly image?: string;
  readonly build?: { readonly context?: string; readonly dockerfile?: string };
  readonly command?: string[];
  readonly environment?: Environment;
  readonly healthcheck?: { readonly test?: string[]; readonly disable?: boolean };
  readonly depends_on?: Record<string, { readonly condition?: string }> | string[];
  readonly stop_grace_period?: string;
  readonly read_only?: boolean;
  readonly cap_drop?: string[];
}

interface ComposeFile {
  readonly services: Record<string, ComposeService>;
}

// Compose expands `<<` merge keys (YAML 1.1); the yaml package does when asked.
const compose = parse(readRepoFile(COMPOSE_FILE), { merge: true }) as ComposeFile;
const entries = Object.entries(compose.services);
const appServices = entries.filter(([, service]) => service.environment?.SERVICE !== undefined);

function dependencies(service: ComposeService): [string, string | undefined][] {
  const dependsOn = service.depends_on ?? {};
  if (Array.isArray(dependsOn)) return dependsOn.map((name) => [name, undefined]);
  return Object.entries(dependsOn).map(([name, options]) => [name, options.condition]);
}

function seconds(duration: string | undefined): number {
  const match = /^(\d+)(ms|s|m)$/.exec(duration ?? '');
  if (!match) return NaN;
  const unit = { ms: 0.001, s: 1, m: 60 }[match[2] as 'ms' | 's' | 'm'];
  return Number(match[1]) * unit;
}

function stringEnv(environment: Environment | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment ?? {}).map(([key, value]) => [key, String(value ?? '')]),
  );
}

describe('deploy/compose/docker-compose.yml', () => {
  it('runs Kafka 4.1.1 (KRaft), MongoDB 7, the topic job and all five services', () => {
    expect(compose.services.kafka?.image).toBe('apache/kafka:4.1.1');
    expect(compose.services.kafka?.environment?.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(compose.services.mongo?.image).toBe('mongo:7');
    expect(compose.services.topics?.command).toEqual([
      'node',
      'tools/run-built.cjs',
      'dist/tools/infra/src/create-topics.js',
    ]);
    expect(appServices.map(([name]) => name).sort()).toEqual(serviceNames());
  });

  it.each(entries.map(([name, service]) => [name, service] as const))(
    '%s has a healthcheck or waits on its dependencies by condition',
    (_name, service) => {
      const deps = dependencies(service);
      const hasHealthcheck = service.healthcheck !== undefined && !service.healthcheck.disable;
      expect(hasHealthcheck || deps.length > 0).toBe(true);
      for (const [dependency, condition] of deps) {
        expect(Object.keys(compose.services)).toContain(dependency);
        expect(['service_healthy', 'service_completed_successfully']).toContain(condition);
        if (condition === 'service_healthy') {
          expect(compose.services[dependency]?.healthcheck?.test).toBeDefined();
        }
      }
    },
  );

  it.each(appServices.map(([name, service]) => [name, service] as const))(
    '%s: built from the Dockerfile, configured as the README says, started in order',
    (name, service) => {
      expect(service.build?.dockerfile).toBe('deploy/container/Dockerfile');
      const context = path.resolve(repoPath('deploy/compose'), service.build?.context ?? '.');
      expect(context).toBe(repoPath());
      expect(existsSync(path.join(context, service.build?.dockerfile ?? ''))).toBe(true);

      const env = stringEnv(service.environment);
      const fact = serviceFacts(name);
      expect(env.SERVICE).toBe(name);
      expect(env.HTTP_HOST).toBe('0.0.0.0');
      expect(Number(env.HTTP_PORT)).toBe(fact.defaultPort);
      const parsed = platformEnvSchema.safeParse(env);
      expect(parsed.error?.issues ?? []).toEqual([]);
      const unknown = Object.keys(env).filter((k) => !fact.variables.has(k) && k !== 'SERVICE');
      expect(unknown).toEqual([]);

      expect(Object.fromEntries(dependencies(service))).toEqual({
        kafka: 'service_healthy',
        mongo: 'service_healthy',
        topics: 'service_completed_successfully',
      });
      expect(service.healthcheck?.test?.join(' ')).toContain('healthcheck.cjs');
      expect(seconds(service.stop_grace_period)).toBeGreaterThan(
        Number(env.SHUTDOWN_TIMEOUT_MS ?? 25_000) / 1000,
      );
      expect(service.read_only).toBe(true);
      expect(service.cap_drop).toContain('ALL');
    },
  );

  it('points every service and the topic job at the compose Kafka', () => {
    const brokers = new Set(
      entries
        .filter(([name]) => name !== 'kafka' && name !== 'mongo')
        .map(([, service]) => service.environment?.KAFKA_BROKERS),
    );
    expect([...brokers]).toEqual(['kafka:9092']);
    expect(compose.services.kafka?.environment?.KAFKA_ADVERTISED_LISTENERS).toContain(
      'PLAINTEXT://kafka:9092',
    );
  });
});
