// Offline checks of deploy/kubernetes against the Kubernetes schema (kubernetes-models) and the
// cluster-wide policy: kinds, namespace, fields, kustomization, network policies, services, KEDA.
import { existsSync } from 'node:fs';
import { type ISecret, type IService } from 'kubernetes-models/v1';
import {
  PRIVATE_RANGES,
  parseIpv4Cidr,
  rangeContains,
  rangesOverlap,
  readRepoFile,
  repoPath,
} from './deploy-files';
import {
  HPA_SERVICES,
  KAFKA_PORT,
  KUSTOMIZE_KINDS,
  NAMESPACE,
  TypedObject,
  VALIDATORS,
  clusterManifests,
  configMapValue,
  deployments,
  expectHardenedPod,
  expectResources,
  internetRules,
  jobs,
  kustomization,
  kustomizedFiles,
  manifests,
  matchesSelector,
  mayReach,
  nameOf,
  networkPolicies,
  ofKind,
  resolveEnv,
  services,
  unknownKeys,
  workload,
} from './manifest-inventory';

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
