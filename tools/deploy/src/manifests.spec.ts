// Offline checks of deploy/kubernetes: every object against the Kubernetes schema
// (kubernetes-models), then the deployment policy (probes, resources, security, shutdown,
// configuration, network policy, topics) against what the services' sources declare.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHANNELS, allTopicDefinitions } from '@newsflow/contracts';
import { Deployment, type IDeployment } from 'kubernetes-models/apps/v1';
import {
  HorizontalPodAutoscaler,
  type IHorizontalPodAutoscaler,
} from 'kubernetes-models/autoscaling/v2';
import { Job, type IJob } from 'kubernetes-models/batch/v1';
import { NetworkPolicy, type INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget, type IPodDisruptionBudget } from 'kubernetes-models/policy/v1';
import {
  ConfigMap,
  Namespace,
  Secret,
  Service,
  ServiceAccount,
  type IConfigMap,
  type IContainer,
  type IPodSpec,
  type IPodTemplateSpec,
  type ISecret,
  type IService,
} from 'kubernetes-models/v1';
import { parse } from 'yaml';
import {
  PRIVATE_RANGES,
  loadYamlDocuments,
  parseIpv4Cidr,
  platformEnvSchema,
  rangeContains,
  rangesOverlap,
  readRepoFile,
  repoPath,
  serviceFacts,
  serviceNames,
  type ServiceFacts,
  type YamlDocument,
} from './deploy-files';

const K8S_DIR = 'deploy/kubernetes';
const NAMESPACE = 'newsflow';
/** Services that scale on CPU with an HPA; the Kafka consumers scale on lag with KEDA. */
const HPA_SERVICES = ['feed-ingestion', 'read-api'];
/** The only workloads allowed to reach the internet (feeds and pages; subscriber webhooks). */
const INTERNET_EGRESS = ['feed-ingestion', 'publishing'];
const KAFKA_PORT = 9092;
const MONGODB_PORT = 27017;

// ---- schema validation ------------------------------------------------------------------------

interface Validatable {
  validate(): void;
}

/** `new Model(value).validate()` throws on the first schema violation. */
function validatorOf(Model: new (data: never) => Validatable): (value: unknown) => void {
  return (value) => {
    new Model(value as never).validate();
  };
}

const VALIDATORS: Record<string, (value: unknown) => void> = {
  'v1/Namespace': validatorOf(Namespace),
  'v1/ServiceAccount': validatorOf(ServiceAccount),
  'v1/ConfigMap': validatorOf(ConfigMap),
  'v1/Secret': validatorOf(Secret),
  'v1/Service': validatorOf(Service),
  'apps/v1/Deployment': validatorOf(Deployment),
  'batch/v1/Job': validatorOf(Job),
  'policy/v1/PodDisruptionBudget': validatorOf(PodDisruptionBudget),
  'autoscaling/v2/HorizontalPodAutoscaler': validatorOf(HorizontalPodAutoscaler),
  'networking.k8s.io/v1/NetworkPolicy': validatorOf(NetworkPolicy),
};

/** Read by kustomize, never sent to the API server. */
const KUSTOMIZE_KINDS = ['kustomize.config.k8s.io/v1beta1/Kustomization'];

interface TypedObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata?: { readonly name?: string; readonly namespace?: string };
}

interface Manifest extends YamlDocument {
  readonly object: TypedObject;
  readonly key: string;
  readonly label: string;
}

function isTypedObject(value: unknown): value is TypedObject {
  if (typeof value !== 'object' || value === null) return false;
  const { apiVersion, kind } = value as Record<string, unknown>;
  return typeof apiVersion === 'string' && typeof kind === 'string';
}

const documents = loadYamlDocuments(K8S_DIR, ['keda']);
const manifests: Manifest[] = documents.map((document) => {
  if (!isTypedObject(document.value)) {
    throw new Error(`${document.file} document ${document.index} has no apiVersion/kind`);
  }
  const object = document.value;
  return {
    ...document,
    object,
    key: `${object.apiVersion}/${object.kind}`,
    label: `${document.file}: ${object.kind} ${object.metadata?.name ?? '(unnamed)'}`,
  };
});
const clusterManifests = manifests.filter((m) => !KUSTOMIZE_KINDS.includes(m.key));

function ofKind<T>(kind: string, from: readonly Manifest[] = clusterManifests): T[] {
  return from.filter((m) => m.object.kind === kind).map((m) => m.object as T);
}

function nameOf(object: { metadata?: { name?: string } }): string {
  return object.metadata?.name ?? '';
}

/** Property names a kubernetes-models interface declares (its .d.ts file), for unknown-key checks. */
function declaredKeys(declarationFile: string): Set<string> {
  const root = path.dirname(require.resolve('kubernetes-models/package.json'));
  const source = readFileSync(path.join(root, declarationFile), 'utf8');
  return new Set([...source.matchAll(/^\s+"([A-Za-z0-9]+)"\??:/gm)].map((m) => m[1] ?? ''));
}

function unknownKeys(value: object | undefined, declarationFile: string): string[] {
  const known = declaredKeys(declarationFile);
  return Object.keys(value ?? {}).filter((key) => !known.has(key));
}

// ---- the kustomization ------------------------------------------------------------------------

interface Kustomization {
  readonly namespace?: string;
  readonly resources?: string[];
  readonly images?: { name: string; newName?: string; newTag?: string }[];
}

const kustomization = parse(readRepoFile(`${K8S_DIR}/kustomization.yaml`)) as Kustomization;
const kustomizedFiles = (kustomization.resources ?? []).map((resource) =>
  path.join(K8S_DIR, resource),
);

// ---- pods: env resolution ---------------------------------------------------------------------

const configMaps = ofKind<IConfigMap>('ConfigMap');
const secrets = ofKind<ISecret>('Secret');

function configMapValue(name: string, key: string): string | undefined {
  return configMaps.find((c) => nameOf(c) === name)?.data?.[key];
}

function secretValue(name: string, key: string): string | undefined {
  const secret = secrets.find((s) => nameOf(s) === name);
  const encoded = secret?.data?.[key];
  return secret?.stringData?.[key] ?? (encoded && Buffer.from(encoded, 'base64').toString('utf8'));
}

/** The container's environment as the kubelet would build it (ConfigMaps and the Secret template). */
function resolveEnv(container: IContainer): Map<string, string> {
  const env = new Map<string, string>();
  for (const source of container.envFrom ?? []) {
    const configMap = source.configMapRef?.name;
    if (configMap === undefined) throw new Error('only ConfigMap envFrom sources are expected');
    const data = configMaps.find((c) => nameOf(c) === configMap)?.data;
    if (!data) throw new Error(`envFrom names a missing ConfigMap ${configMap}`);
    for (const [key, value] of Object.entries(data)) env.set((source.prefix ?? '') + key, value);
  }
  for (const variable of container.env ?? []) {
    const from = variable.valueFrom;
    let value: string | undefined = variable.value;
    if (from?.configMapKeyRef)
      value = configMapValue(from.configMapKeyRef.name ?? '', from.configMapKeyRef.key);
    if (from?.secretKeyRef)
      value = secretValue(from.secretKeyRef.name ?? '', from.secretKeyRef.key);
    if (value === undefined && !(from?.secretKeyRef?.optional ?? from?.configMapKeyRef?.optional)) {
      throw new Error(`${variable.name}: no value and no resolvable source`);
    }
    if (value !== undefined) env.set(variable.name, value);
  }
  return env;
}

function httpPortOf(container: IContainer): number {
  const port = container.ports?.find((p) => p.name === 'http')?.containerPort;
  if (port === undefined) throw new Error(`${container.name}: no container port named http`);
  return port;
}

function parseCpu(quantity: string | number | undefined): number {
  if (quantity === undefined) return NaN;
  const text = String(quantity);
  return text.endsWith('m') ? Number(text.slice(0, -1)) / 1000 : Number(text);
}

function parseMemory(quantity: string | number | undefined): number {
  if (quantity === undefined) return NaN;
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|K|M|G)?$/.exec(String(quantity));
  if (!match) return NaN;
  const unit = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, K: 1e3, M: 1e6, G: 1e9 }[match[2] ?? ''];
  return Number(match[1]) * (unit ?? 1);
}

function matchesSelector(
  selector: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined,
  labels: Record<string, string>,
): boolean {
  if (selector?.matchExpressions?.length) throw new Error('matchExpressions are not checked here');
  return Object.entries(selector?.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
}

// ---- workloads --------------------------------------------------------------------------------

const deployments = ofKind<IDeployment>('Deployment');
const jobs = ofKind<IJob>('Job');
const networkPolicies = ofKind<INetworkPolicy>('NetworkPolicy');
const services = serviceNames();
const facts = new Map<string, ServiceFacts>(services.map((name) => [name, serviceFacts(name)]));

interface Workload {
  readonly name: string;
  readonly template: IPodTemplateSpec;
  readonly pod: IPodSpec;
  readonly container: IContainer;
}

function workload(object: IDeployment | IJob): Workload {
  const template = object.spec?.template;
  const pod = template?.spec;
  const containers = pod?.containers ?? [];
  if (!template || !pod || containers.length !== 1 || !containers[0]) {
    throw new Error(`${nameOf(object)}: expected exactly one container`);
  }
  return { name: nameOf(object), template, pod, container: containers[0] };
}

function expectHardenedPod({ pod, container }: Workload): void {
  expect(pod.securityContext?.runAsNonRoot).toBe(true);
  expect(pod.securityContext?.runAsUser).toBeGreaterThan(0);
  expect(pod.securityContext?.seccompProfile?.type).toBe('RuntimeDefault');
  expect(pod.automountServiceAccountToken).toBe(false);
  expect(container.securityContext?.readOnlyRootFilesystem).toBe(true);
  expect(container.securityContext?.allowPrivilegeEscalation).toBe(false);
  expect(container.securityContext?.privileged ?? false).toBe(false);
  expect(container.securityContext?.capabilities?.drop).toContain('ALL');
  expect(container.securityContext?.capabilities?.add ?? []).toEqual([]);
  expect(container.securityContext?.runAsUser ?? 1).toBeGreaterThan(0);
}

function expectResources({ container }: Workload): void {
  const { requests, limits } = container.resources ?? {};
  for (const resource of ['cpu', 'memory'] as const) {
    const parse = resource === 'cpu' ? parseCpu : parseMemory;
    const request = parse(requests?.[resource]);
    const limit = parse(limits?.[resource]);
    expect(request).toBeGreaterThan(0);
    expect(limit).toBeGreaterThanOrEqual(request);
  }
}

/** Egress rules that apply to pods with these labels. */
function egressRulesFor(labels: Record<string, string>) {
  return networkPolicies
    .filter((policy) => policy.spec?.policyTypes?.includes('Egress'))
    .filter((policy) => matchesSelector(policy.spec?.podSelector, labels))
    .flatMap((policy) => policy.spec?.egress ?? []);
}

function mayReach(labels: Record<string, string>, port: number, protocol = 'TCP'): boolean {
  return egressRulesFor(labels).some(
    (rule) =>
      rule.ports === undefined ||
      rule.ports.some((p) => p.port === port && (p.protocol ?? 'TCP') === protocol),
  );
}

function internetRules(labels: Record<string, string>) {
  return egressRulesFor(labels).filter((rule) =>
    (rule.to ?? []).some((peer) => peer.ipBlock && !isWithinPrivate(peer.ipBlock.cidr)),
  );
}

function isWithinPrivate(cidr: string): boolean {
  const range = parseIpv4Cidr(cidr);
  return PRIVATE_RANGES.some((privateRange) => rangeContains(parseIpv4Cidr(privateRange), range));
}

// ================================================================================================

describe('deploy/kubernetes manifests', () => {
  it('found the manifests and every service of the repository', () => {
    expect(clusterManifests.length).toBeGreaterThan(10);
    expect(services).toEqual(
      expect.arrayContaining([
        'deduplication',
        'entity-tagging',
        'feed-ingestion',
        'publishing',
        'read-api',
      ]),
    );
  });

  it('has only kinds it can validate', () => {
    const unknown = manifests
      .filter((m) => !(m.key in VALIDATORS) && !KUSTOMIZE_KINDS.includes(m.key))
      .map((m) => m.label);
    expect(unknown).toEqual([]);
  });

  it.each(clusterManifests.map((m) => [m.label, m] as const))(
    'validates against the Kubernetes schema: %s',
    (_label, manifest) => {
      const validate = VALIDATORS[manifest.key];
      expect(validate).toBeDefined();
      expect(() => validate?.(manifest.object)).not.toThrow();
    },
  );

  it('puts every namespaced object in the newsflow namespace, with unique names', () => {
    const namespaced = clusterManifests.filter((m) => m.object.kind !== 'Namespace');
    expect(
      namespaced.filter((m) => m.object.metadata?.namespace !== NAMESPACE).map((m) => m.label),
    ).toEqual([]);
    const keys = namespaced.map((m) => `${m.object.kind}/${nameOf(m.object)}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(ofKind<TypedObject>('Namespace').map(nameOf)).toEqual([NAMESPACE]);
  });

  it('uses no field the Kubernetes API does not define in pods, containers and probes', () => {
    const problems: string[] = [];
    for (const object of [...deployments, ...jobs]) {
      const { pod, container } = workload(object);
      const report = (where: string, keys: string[]) => {
        if (keys.length) problems.push(`${nameOf(object)} ${where}: ${keys.join(', ')}`);
      };
      if ('replicas' in (object.spec ?? {})) {
        report('spec', unknownKeys(object.spec, 'apps/v1/DeploymentSpec.d.ts'));
      } else {
        report('spec', unknownKeys(object.spec, 'batch/v1/JobSpec.d.ts'));
      }
      report('pod', unknownKeys(pod, 'v1/PodSpec.d.ts'));
      report('pod securityContext', unknownKeys(pod.securityContext, 'v1/PodSecurityContext.d.ts'));
      report('container', unknownKeys(container, 'v1/Container.d.ts'));
      report('securityContext', unknownKeys(container.securityContext, 'v1/SecurityContext.d.ts'));
      for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
        report(probe, unknownKeys(container[probe], 'v1/Probe.d.ts'));
      }
    }
    expect(problems).toEqual([]);
  });

  describe('kustomization.yaml', () => {
    it('lists files that exist, and every manifest file except templates', () => {
      for (const file of kustomizedFiles) expect(existsSync(repoPath(file))).toBe(true);
      const files = new Set(clusterManifests.map((m) => m.file));
      const expected = [...files].filter((file) => !file.endsWith('.template.yaml'));
      expect([...kustomizedFiles].sort()).toEqual(expected.sort());
    });

    it('lists every Deployment', () => {
      const deploymentFiles = clusterManifests
        .filter((m) => m.object.kind === 'Deployment')
        .map((m) => m.file);
      for (const file of deploymentFiles) expect(kustomizedFiles).toContain(file);
    });

    it('does not apply the Secret template, and sets the namespace and the image', () => {
      expect(kustomizedFiles.some((file) => file.includes('secret'))).toBe(false);
      expect(kustomization.namespace).toBe(NAMESPACE);
      expect(kustomization.images?.map((image) => image.name)).toEqual(['newsflow']);
    });
  });

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

  describe('NetworkPolicies', () => {
    it('deny all ingress and egress by default', () => {
      const denyAll = networkPolicies.filter(
        (p) =>
          Object.keys(p.spec?.podSelector ?? {}).length === 0 &&
          p.spec?.policyTypes?.includes('Ingress') &&
          p.spec.policyTypes.includes('Egress') &&
          !p.spec.ingress?.length &&
          !p.spec.egress?.length,
      );
      expect(denyAll).toHaveLength(1);
    });

    it('never let an ipBlock reach into the private ranges (except node-local DNS)', () => {
      const problems: string[] = [];
      for (const policy of networkPolicies) {
        for (const rule of policy.spec?.egress ?? []) {
          for (const block of (rule.to ?? []).flatMap((peer) => peer.ipBlock ?? [])) {
            const range = parseIpv4Cidr(block.cidr);
            const excepts = (block.except ?? []).map(parseIpv4Cidr);
            const dnsOnly = rule.ports?.every((p) => p.port === 53) && rule.ports.length > 0;
            if (dnsOnly && range.last - range.first === 0) continue;
            for (const privateRange of PRIVATE_RANGES.map(parseIpv4Cidr)) {
              const reachable =
                rangesOverlap(range, privateRange) &&
                !excepts.some((except) => rangeContains(except, privateRange));
              if (reachable) problems.push(`${nameOf(policy)}: ${block.cidr}`);
            }
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('give feed-ingestion 0.0.0.0/0 minus 10/8, 172.16/12, 192.168/16, 100.64/10, 169.254/16', () => {
      const feedLabels =
        workload(deployments.find((d) => nameOf(d) === 'feed-ingestion')!).template.metadata
          ?.labels ?? {};
      const except = internetRules(feedLabels)
        .flatMap((rule) => rule.to ?? [])
        .find((peer) => peer.ipBlock?.cidr === '0.0.0.0/0')?.ipBlock?.except;
      expect([...(except ?? [])].sort()).toEqual([...PRIVATE_RANGES].sort());
    });

    it('only open ingress on the named HTTP port', () => {
      for (const policy of networkPolicies) {
        for (const rule of policy.spec?.ingress ?? []) {
          expect(rule.ports?.map((p) => p.port)).toEqual(['http']);
        }
      }
    });
  });

  describe('Services', () => {
    it.each(HPA_SERVICES)('%s has an HTTP Service on its pods', (service) => {
      const svc = ofKind<IService>('Service').find((s) => nameOf(s) === service);
      const deployment = deployments.find((d) => nameOf(d) === service);
      expect(svc && deployment).toBeTruthy();
      const labels = deployment?.spec?.template.metadata?.labels ?? {};
      expect(matchesSelector({ matchLabels: svc?.spec?.selector ?? {} }, labels)).toBe(true);
      expect(svc?.spec?.ports?.map((p) => p.targetPort)).toEqual(['http']);
    });
  });

  describe('topic Job', () => {
    const job = jobs.find((j) => nameOf(j) === 'newsflow-create-topics');

    it('exists and runs the compiled tools/infra/src/create-topics.ts from the image', () => {
      expect(job).toBeDefined();
      const { container } = workload(job!);
      expect(container.image).toBe('newsflow');
      const command = container.command ?? [];
      expect(command.slice(0, 2)).toEqual(['node', 'tools/run-built.cjs']);
      const compiled = command[2] ?? '';
      expect(compiled).toBe('dist/tools/infra/src/create-topics.js');
      expect(existsSync(repoPath(compiled.replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(
        true,
      );
    });

    it('gets KAFKA_BROKERS and KAFKA_TOPIC_PREFIX, may reach Kafka, runs hardened', () => {
      const unit = workload(job!);
      const env = resolveEnv(unit.container);
      expect(env.get('KAFKA_BROKERS')).toBe(configMapValue('newsflow-config', 'KAFKA_BROKERS'));
      expect(env.has('KAFKA_TOPIC_PREFIX')).toBe(true);
      const source = readRepoFile('tools/infra/src/create-topics.ts');
      expect(source).toContain('process.env.KAFKA_BROKERS');
      expect(source).toContain('process.env.KAFKA_TOPIC_PREFIX');
      expect(mayReach(unit.template.metadata?.labels ?? {}, KAFKA_PORT)).toBe(true);
      expect(mayReach(unit.template.metadata?.labels ?? {}, 53, 'UDP')).toBe(true);
      expect(internetRules(unit.template.metadata?.labels ?? {})).toEqual([]);
      expectHardenedPod(unit);
      expectResources(unit);
    });
  });

  describe('Secret template', () => {
    it('holds every key the workloads read from it, and is not applied by kustomize', () => {
      const template = clusterManifests.find((m) => m.object.kind === 'Secret');
      expect(template?.file).toMatch(/\.template\.yaml$/);
      const secret = template?.object as ISecret | undefined;
      const refs = [...deployments, ...jobs]
        .flatMap((o) => workload(o).container.env ?? [])
        .flatMap((v) => (v.valueFrom?.secretKeyRef ? [v.valueFrom.secretKeyRef] : []));
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        expect(ref.name).toBe(nameOf(secret ?? {}));
        expect(Object.keys(secret?.stringData ?? {})).toContain(ref.key);
      }
    });
  });
});

// ================================================================================================

interface KafkaTrigger {
  readonly type: string;
  readonly metadata: Record<string, string>;
}

interface ScaledObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string };
  readonly spec: {
    readonly scaleTargetRef: { readonly name: string; readonly kind?: string };
    readonly minReplicaCount?: number;
    readonly maxReplicaCount?: number;
    readonly triggers: KafkaTrigger[];
  };
}

describe('deploy/kubernetes/keda (consistency only: a CRD, no schema here)', () => {
  const kedaDocs = loadYamlDocuments(`${K8S_DIR}/keda`);
  const kedaKustomization = parse(
    readRepoFile(`${K8S_DIR}/keda/kustomization.yaml`),
  ) as Kustomization;
  const scaledObjects = kedaDocs
    .map((d) => d.value as ScaledObject)
    .filter((o) => o.kind === 'ScaledObject');
  const brokers = configMapValue('newsflow-config', 'KAFKA_BROKERS');
  const prefix = configMapValue('newsflow-config', 'KAFKA_TOPIC_PREFIX') ?? '';
  const topics = new Map(allTopicDefinitions(prefix).map((t) => [t.name, t]));
  const consumers = services.filter((s) => (facts.get(s)?.consumedChannels.length ?? 0) > 0);

  it('lists its files in its kustomization', () => {
    const listed = (kedaKustomization.resources ?? []).map((r) => path.join(K8S_DIR, 'keda', r));
    expect(listed.sort()).toEqual(
      [...new Set(kedaDocs.map((d) => d.file))]
        .filter((f) => !f.endsWith('kustomization.yaml'))
        .sort(),
    );
    expect(readdirSync(repoPath(K8S_DIR, 'keda')).length).toBeGreaterThanOrEqual(2);
  });

  it('has one ScaledObject per Kafka consumer without an HPA', () => {
    const expected = consumers.filter((s) => !HPA_SERVICES.includes(s));
    expect(expected.length).toBeGreaterThan(0);
    expect(scaledObjects.map((o) => o.spec.scaleTargetRef.name).sort()).toEqual(expected.sort());
    for (const o of scaledObjects) expect(o.metadata.namespace).toBe(NAMESPACE);
  });

  it.each(scaledObjects.map((o) => [o.metadata.name, o] as const))(
    '%s watches the topics and groups the service consumes, on the configured brokers',
    (_name, scaled) => {
      const service = scaled.spec.scaleTargetRef.name;
      const fact = facts.get(service);
      const deployment = deployments.find((d) => nameOf(d) === service);
      expect(fact && deployment).toBeTruthy();
      const env = resolveEnv(workload(deployment!).container);
      const groups = [...(fact?.consumerGroups ?? new Map<string, string>())].map(
        ([variable, fallback]) => env.get(variable) ?? fallback,
      );
      const kafka = scaled.spec.triggers.filter((t) => t.type === 'kafka');
      const channels = fact?.consumedChannels ?? [];
      const channelTopics = CHANNELS as Record<string, { topic: { name: string } } | undefined>;
      const expectedTopics = channels.map((key) => {
        const topic = channelTopics[key]?.topic.name;
        if (topic === undefined) throw new Error(`${service} consumes unknown channel ${key}`);
        return prefix + topic;
      });
      expect(kafka.map((t) => t.metadata.topic).sort()).toEqual(expectedTopics.sort());
      expect(kafka.map((t) => t.metadata.consumerGroup).sort()).toEqual(groups.sort());
      for (const trigger of kafka) {
        expect(trigger.metadata.bootstrapServers).toBe(brokers);
        const topic = topics.get(trigger.metadata.topic ?? '');
        expect(topic).toBeDefined();
        expect(scaled.spec.maxReplicaCount).toBeLessThanOrEqual(topic?.partitions ?? 0);
      }
      expect(scaled.spec.minReplicaCount).toBe(deployment?.spec?.replicas);
    },
  );
});
