// Consistency checks of the optional KEDA scalers (a CRD: no schema to validate against here).
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { CHANNELS, allTopicDefinitions } from '@newsflow/contracts';
import { parse } from 'yaml';
import { loadYamlDocuments, readRepoFile, repoPath } from './deploy-files';
import {
  HPA_SERVICES,
  K8S_DIR,
  Kustomization,
  NAMESPACE,
  configMapValue,
  deployments,
  facts,
  nameOf,
  resolveEnv,
  services,
  workload,
} from './manifest-inventory';

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
