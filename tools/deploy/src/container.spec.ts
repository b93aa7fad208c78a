// Static checks of deploy/container (no Docker engine here): the image's shape, that the build
// context filter lets through what the Dockerfile copies, and that the entrypoint and the
// healthcheck know every service and its port.
import { existsSync } from 'node:fs';
import { readRepoFile, repoPath, serviceFacts, serviceNames } from './deploy-files';

const dockerfile = readRepoFile('deploy/container/Dockerfile');
const ignore = readRepoFile('deploy/container/Dockerfile.dockerignore');
const entrypoint = readRepoFile('deploy/container/entrypoint.sh');
const healthcheck = readRepoFile('deploy/container/healthcheck.cjs');

/** Instructions with their continuation lines joined, comments dropped. */
const instructions = dockerfile
  .split('\n')
  .filter((line) => !line.trimStart().startsWith('#'))
  .join('\n')
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

const stages = instructions
  .map((line, index) => ({ line, index }))
  .filter(({ line }) => line.startsWith('FROM '));
const runtimeStart = stages.at(-1)?.index ?? 0;
const runtime = instructions.slice(runtimeStart);

describe('deploy/container', () => {
  it('builds in one stage and runs on node:20-bookworm-slim in another', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toContain('ARG NODE_IMAGE=node:20-bookworm-slim');
    expect(runtime[0]).toMatch(/^FROM \$\{NODE_IMAGE\} AS runtime$/);
    const build = instructions.slice(0, runtimeStart).join('\n');
    expect(build).toMatch(/npm ci/);
    expect(build).toMatch(/npm run build/);
    expect(build).toMatch(/npm prune --omit=dev/);
  });

  it('runs as a numeric non-root user with HTTP_HOST=0.0.0.0 and SERVICE from arg or env', () => {
    const user = runtime.find((line) => line.startsWith('USER '));
    expect(user).toMatch(/^USER [1-9]\d*(:\d+)?$/);
    const env = runtime.filter((line) => line.startsWith('ENV ')).join(' ');
    expect(env).toContain('HTTP_HOST=0.0.0.0');
    expect(env).toContain('SERVICE=${SERVICE}');
    expect(runtime).toContain('ARG SERVICE=""');
    expect(entrypoint).toContain(
      'exec node tools/run-built.cjs "dist/services/${SERVICE}/src/main.js"',
    );
  });

  it('ships the compiled code, the path-alias runner and the NER model folder', () => {
    const copies = runtime.filter((line) => line.startsWith('COPY ')).join('\n');
    for (const source of ['/app/dist', '/app/node_modules', '/app/tools/run-built.cjs']) {
      expect(copies).toContain(source);
    }
    expect(copies).toContain('/app/libs/ner/model ./libs/ner/model');
    expect(copies).toContain('tsconfig.base.json');
  });

  it('copies from the build context only what the ignore file lets through', () => {
    const allowed = ignore
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('!'))
      .map((line) => line.slice(1).replace(/\/$/, ''));
    expect(ignore).toMatch(/^\*$/m);
    const sources = instructions
      .filter((line) => line.startsWith('COPY ') && !line.includes('--from='))
      .flatMap((line) =>
        line
          .split(/\s+/)
          .slice(1, -1)
          .filter((token) => !token.startsWith('--')),
      );
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(existsSync(repoPath(source))).toBe(true);
      expect(allowed.some((entry) => source === entry || source.startsWith(`${entry}/`))).toBe(
        true,
      );
    }
  });

  it.each(serviceNames())('entrypoint and healthcheck know %s and its port', (service) => {
    expect(entrypoint).toContain(service);
    const { defaultPort } = serviceFacts(service);
    const key = service.includes('-') ? `'${service}'` : service;
    expect(healthcheck).toContain(`${key}: ${defaultPort},`);
  });
});
