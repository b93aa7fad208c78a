// What deploy/kubernetes declares, loaded once and indexed for the manifest specs: every
// document, by kind, with the services' own facts (ports, env schemas) beside them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Deployment, type IDeployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job, type IJob } from 'kubernetes-models/batch/v1';
import { NetworkPolicy, type INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
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
} from 'kubernetes-models/v1';
import { parse } from 'yaml';
import {
  PRIVATE_RANGES,
  loadYamlDocuments,
  parseIpv4Cidr,
  rangeContains,
  readRepoFile,
  serviceFacts,
  serviceNames,
  type ServiceFacts,
  type YamlDocument,
} from './deploy-files';

export const K8S_DIR = 'deploy/kubernetes';
export const NAMESPACE = 'newsflow';
/** Services that scale on CPU with an HPA; the Kafka consumers scale on lag with KEDA. */
export const HPA_SERVICES = ['feed-ingestion', 'read-api'];
/** The only workloads allowed to reach the internet (feeds and pages; subscriber webhooks). */
export const INTERNET_EGRESS = ['feed-ingestion', 'publishing'];
export const KAFKA_PORT = 9092;
export const MONGODB_PORT = 27017;

// ---- schema validation ------------------------------------------------------------------------

export interface Validatable {
  validate(): void;
}

/** `new Model(value).validate()` throws on the first schema violation. */
export function validatorOf(Model: new (data: never) => Validatable): (value: unknown) => void {
  return (value) => {
    new Model(value as never).validate();
  };
}

export const VALIDATORS: Record<string, (value: unknown) => void> = {
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
export const KUSTOMIZE_KINDS = ['kustomize.config.k8s.io/v1beta1/Kustomization'];

export interface TypedObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata?: { readonly name?: string; readonly namespace?: string };
}

export interface Manifest extends YamlDocument {
  readonly object: TypedObject;
  readonly key: string;
  readonly label: string;
}

export function isTypedObject(value: unknown): value is TypedObject {
  if (typeof value !== 'object' || value === null) return false;
  const { apiVersion, kind } = value as Record<string, unknown>;
  return typeof apiVersion === 'string' && typeof kind === 'string';
}

export const documents = loadYamlDocuments(K8S_DIR, ['keda']);
export const manifests: Manifest[] = documents.map((document) => {
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
export const clusterManifests = manifests.filter((m) => !KUSTOMIZE_KINDS.includes(m.key));

export function ofKind<T>(kind: string, from: readonly Manifest[] = clusterManifests): T[] {
  return from.filter((m) => m.object.kind === kind).map((m) => m.object as T);
}

export function nameOf(object: { metadata?: { name?: string } }): string {
  return object.metadata?.name ?? '';
}

/** Property names a kubernetes-models interface declares (its .d.ts file), for unknown-key checks. */
export function declaredKeys(declarationFile: string): Set<string> {
  const root = path.dirname(require.resolve('kubernetes-models/package.json'));
  const source = readFileSync(path.join(root, declarationFile), 'utf8');
  return new Set([...source.matchAll(/^\s+"([A-Za-z0-9]+)"\??:/gm)].map((m) => m[1] ?? ''));
}

export function unknownKeys(value: object | undefined, declarationFile: string): string[] {
  const known = declaredKeys(declarationFile);
  return Object.keys(value ?? {}).filter((key) => !known.has(key));
}

// ---- the kustomization ------------------------------------------------------------------------

export interface Kustomization {
  readonly namespace?: string;
  readonly resources?: string[];
  readonly images?: { name: string; newName?: string; newTag?: string }[];
}

export const kustomization = parse(readRepoFile(`${K8S_DIR}/kustomization.yaml`)) as Kustomization;
export const kustomizedFiles = (kustomization.resources ?? []).map((resource) =>
  path.join(K8S_DIR, resource),
);

// ---- pods: env resolution ---------------------------------------------------------------------

export const configMaps = ofKind<IConfigMap>('ConfigMap');
export const secrets = ofKind<ISecret>('Secret');

export function configMapValue(name: string, key: string): string | undefined {
  return configMaps.find((c) => nameOf(c) === name)?.data?.[key];
}

export function secretValue(name: string, key: string): string | undefined {
  const secret = secrets.find((s) => nameOf(s) === name);
  const encoded = secret?.data?.[key];
  return secret?.stringData?.[key] ?? (encoded && Buffer.from(encoded, 'base64').toString('utf8'));
}

/** The container's environment as the kubelet would build it (ConfigMaps and the Secret template). */
export function resolveEnv(container: IContainer): Map<string, string> {
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

export function httpPortOf(container: IContainer): number {
  const port = container.ports?.find((p) => p.name === 'http')?.containerPort;
  if (port === undefined) throw new Error(`${container.name}: no container port named http`);
  return port;
}

export function parseCpu(quantity: string | number | undefined): number {
  if (quantity === undefined) return NaN;
  const text = String(quantity);
  return text.endsWith('m') ? Number(text.slice(0, -1)) / 1000 : Number(text);
}

export function parseMemory(quantity: string | number | undefined): number {
  if (quantity === undefined) return NaN;
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|K|M|G)?$/.exec(String(quantity));
  if (!match) return NaN;
  const unit = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, K: 1e3, M: 1e6, G: 1e9 }[match[2] ?? ''];
  return Number(match[1]) * (unit ?? 1);
}

export function matchesSelector(
  selector: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined,
  labels: Record<string, string>,
): boolean {
  if (selector?.matchExpressions?.length) throw new Error('matchExpressions are not checked here');
  return Object.entries(selector?.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
}

// ---- workloads --------------------------------------------------------------------------------

export const deployments = ofKind<IDeployment>('Deployment');
export const jobs = ofKind<IJob>('Job');
export const networkPolicies = ofKind<INetworkPolicy>('NetworkPolicy');
export const services = serviceNames();
export const facts = new Map<string, ServiceFacts>(
  services.map((name) => [name, serviceFacts(name)]),
);

export interface Workload {
  readonly name: string;
  readonly template: IPodTemplateSpec;
  readonly pod: IPodSpec;
  readonly container: IContainer;
}

export function workload(object: IDeployment | IJob): Workload {
  const template = object.spec?.template;
  const pod = template?.spec;
  const containers = pod?.containers ?? [];
  if (!template || !pod || containers.length !== 1 || !containers[0]) {
    throw new Error(`${nameOf(object)}: expected exactly one container`);
  }
  return { name: nameOf(object), template, pod, container: containers[0] };
}

export function expectHardenedPod({ pod, container }: Workload): void {
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

export function expectResources({ container }: Workload): void {
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
export function egressRulesFor(labels: Record<string, string>) {
  return networkPolicies
    .filter((policy) => policy.spec?.policyTypes?.includes('Egress'))
    .filter((policy) => matchesSelector(policy.spec?.podSelector, labels))
    .flatMap((policy) => policy.spec?.egress ?? []);
}

export function mayReach(labels: Record<string, string>, port: number, protocol = 'TCP'): boolean {
  return egressRulesFor(labels).some(
    (rule) =>
      rule.ports === undefined ||
      rule.ports.some((p) => p.port === port && (p.protocol ?? 'TCP') === protocol),
  );
}

export function internetRules(labels: Record<string, string>) {
  return egressRulesFor(labels).filter((rule) =>
    (rule.to ?? []).some((peer) => peer.ipBlock && !isWithinPrivate(peer.ipBlock.cidr)),
  );
}

export function isWithinPrivate(cidr: string): boolean {
  const range = parseIpv4Cidr(cidr);
  return PRIVATE_RANGES.some((privateRange) => rangeContains(parseIpv4Cidr(privateRange), range));
}

// ================================================================================================
