// Offline checks of every Deployment in deploy/kubernetes against what the services' sources
// declare: probes, resources, security, shutdown, configuration.
import { existsSync } from 'node:fs';
import { type IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { type IPodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { PRIVATE_RANGES, platformEnvSchema, repoPath } from './deploy-files';
import {
  HPA_SERVICES,
  INTERNET_EGRESS,
  KAFKA_PORT,
  MONGODB_PORT,
  deployments,
  expectHardenedPod,
  expectResources,
  facts,
  httpPortOf,
  internetRules,
  matchesSelector,
  mayReach,
  nameOf,
  ofKind,
  parseMemory,
  resolveEnv,
  services,
  workload,
} from './manifest-inventory';

describe('deploy/kubernetes Deployments', () => {
  describe.each(services)('Deployment %s', (service) => {
    const object = deployments.find((d) => nameOf(d) === service);
    const fact = facts.get(service);

    it('exists', () => {
      expect(object).toBeDefined();
    });
    if (!object || !fact) return;
    const unit = workload(object);
    const { container, pod, template } = unit;
    const env = resolveEnv(container);
    const labels = template.metadata?.labels ?? {};

    it('runs the service named after it, from the shared image, 2 replicas', () => {
      expect(container.image).toBe('newsflow');
      expect(env.get('SERVICE')).toBe(service);
      expect(existsSync(repoPath('services', service, 'src/main.ts'))).toBe(true);
      expect(object.spec?.replicas).toBe(2);
      expect(matchesSelector(object.spec?.selector, labels)).toBe(true);
      expect(labels['app.kubernetes.io/part-of']).toBe('newsflow');
    });

    it('sets every variable a container needs, valid for the config schema', () => {
      expect(env.get('HTTP_HOST')).toBe('0.0.0.0');
      expect(env.get('NODE_ENV')).toBe('production');
      expect(env.get('KAFKA_BROKERS')).toBeTruthy();
      expect(env.get('MONGODB_URI')).toBeTruthy();
      expect(Number(env.get('HTTP_PORT'))).toBe(fact.defaultPort);
      expect(httpPortOf(container)).toBe(fact.defaultPort);
      const parsed = platformEnvSchema.safeParse(Object.fromEntries(env));
      expect(parsed.error?.issues ?? []).toEqual([]);
    });

    it('sets no variable the service does not read', () => {
      const extra = ['SERVICE', 'NODE_OPTIONS'];
      const unknown = [...env.keys()].filter((k) => !fact.variables.has(k) && !extra.includes(k));
      expect(unknown).toEqual([]);
    });

    it('probes /health/live (liveness, startup) and /health/ready (readiness) on its port', () => {
      const port = httpPortOf(container);
      const probes = {
        livenessProbe: '/health/live',
        startupProbe: '/health/live',
        readinessProbe: '/health/ready',
      } as const;
      for (const [probe, probePath] of Object.entries(probes) as [keyof typeof probes, string][]) {
        const httpGet = container[probe]?.httpGet;
        expect(httpGet?.path).toBe(probePath);
        expect([port, 'http']).toContain(httpGet?.port);
      }
      // The readiness check waits up to 3 s per dependency.
      expect(container.readinessProbe?.timeoutSeconds).toBeGreaterThanOrEqual(4);
    });

    it('has CPU and memory requests and limits', () => {
      expectResources(unit);
      const heap = /--max-old-space-size=(\d+)/.exec(env.get('NODE_OPTIONS') ?? '')?.[1];
      if (heap !== undefined) {
        expect(Number(heap) * 2 ** 20).toBeLessThan(
          parseMemory(container.resources?.limits?.memory),
        );
      }
    });

    it('runs non-root, read-only, without capabilities', () => {
      expectHardenedPod(unit);
    });

    it('drains before it is killed: grace period > preStop sleep + SHUTDOWN_TIMEOUT_MS', () => {
      const shutdownSeconds = Number(env.get('SHUTDOWN_TIMEOUT_MS') ?? 25_000) / 1000;
      const sleep = container.lifecycle?.preStop?.exec?.command ?? [];
      expect(sleep[0]).toBe('sleep');
      const sleepSeconds = Number(sleep[1]);
      expect(sleepSeconds).toBeGreaterThan(0);
      expect(shutdownSeconds).toBeGreaterThanOrEqual(25);
      expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(25);
      expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(sleepSeconds + shutdownSeconds);
    });

    it('is scraped by Prometheus on /metrics', () => {
      const annotations = template.metadata?.annotations ?? {};
      expect(annotations['prometheus.io/scrape']).toBe('true');
      expect(annotations['prometheus.io/path']).toBe('/metrics');
      expect(annotations['prometheus.io/port']).toBe(String(httpPortOf(container)));
    });

    it('has a PodDisruptionBudget with minAvailable 1', () => {
      const budgets = ofKind<IPodDisruptionBudget>('PodDisruptionBudget').filter((b) =>
        matchesSelector(b.spec?.selector, labels),
      );
      expect(budgets.map((b) => b.spec?.minAvailable)).toEqual([1]);
    });

    it(HPA_SERVICES.includes(service) ? 'scales on CPU' : 'leaves scaling to KEDA (no HPA)', () => {
      const hpas = ofKind<IHorizontalPodAutoscaler>('HorizontalPodAutoscaler').filter(
        (h) =>
          h.spec?.scaleTargetRef.kind === 'Deployment' && h.spec.scaleTargetRef.name === service,
      );
      if (!HPA_SERVICES.includes(service)) {
        expect(hpas).toEqual([]);
        return;
      }
      expect(hpas).toHaveLength(1);
      const spec = hpas[0]?.spec;
      expect(spec?.minReplicas).toBe(object.spec?.replicas);
      expect(spec?.maxReplicas).toBeGreaterThan(spec?.minReplicas ?? 0);
      expect(spec?.metrics?.map((m) => m.resource?.name)).toEqual(['cpu']);
    });

    it('may reach DNS, Kafka and MongoDB', () => {
      expect(mayReach(labels, 53, 'UDP')).toBe(true);
      expect(mayReach(labels, 53, 'TCP')).toBe(true);
      expect(mayReach(labels, KAFKA_PORT)).toBe(true);
      expect(mayReach(labels, MONGODB_PORT)).toBe(true);
    });

    it(
      INTERNET_EGRESS.includes(service)
        ? 'may reach the internet on 80/443, never the private ranges'
        : 'may not reach the internet',
      () => {
        const rules = internetRules(labels);
        if (!INTERNET_EGRESS.includes(service)) {
          expect(rules).toEqual([]);
          return;
        }
        expect(rules.length).toBeGreaterThan(0);
        const blocks = rules.flatMap((rule) =>
          (rule.to ?? []).flatMap((peer) => peer.ipBlock ?? []),
        );
        expect(blocks.map((block) => block.cidr)).toContain('0.0.0.0/0');
        for (const block of blocks) {
          for (const privateRange of PRIVATE_RANGES) expect(block.except).toContain(privateRange);
        }
        for (const rule of rules) {
          expect(rule.ports?.map((p) => p.port).sort()).toEqual([443, 80]);
        }
      },
    );
  });
});
