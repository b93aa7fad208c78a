import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';

export const SERVICE_NAMES = [
  'feed-ingestion',
  'deduplication',
  'entity-tagging',
  'publishing',
  'read-api',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export interface ServiceProcessOptions {
  readonly name: ServiceName;
  readonly port: number;
  readonly env: Record<string, string>;
  /** Workspace root: the compiled service is dist/services/<name>/src/main.js under it. */
  readonly rootDir: string;
  /** Folder for <name>.log; the process's stdout and stderr go there. */
  readonly logDir: string;
}

/** One service as a real OS process: what the e2e tests and the local pipeline runner start. */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  private log: WriteStream | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);

  constructor(readonly options: ServiceProcessOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  /** The OS process id while running (for CPU accounting by benchmarks). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get logFile(): string {
    return path.join(this.options.logDir, `${this.options.name}.log`);
  }

  start(): void {
    if (this.child) throw new Error(`${this.options.name} is already running`);
    mkdirSync(this.options.logDir, { recursive: true });
    this.log = createWriteStream(this.logFile, { flags: 'a' });
    const entry = `dist/services/${this.options.name}/src/main.js`;
    // NEWSFLOW_CPU_PROFILE_DIR: each service writes <name>.cpuprofile there when it exits.
    const profileDir = process.env.NEWSFLOW_CPU_PROFILE_DIR;
    const profile = profileDir
      ? [
          '--cpu-prof',
          `--cpu-prof-dir=${profileDir}`,
          `--cpu-prof-name=${this.options.name}.cpuprofile`,
        ]
      : [];
    const child = spawn(process.execPath, [...profile, 'tools/run-built.cjs', entry], {
      cwd: this.options.rootDir,
      env: {
        ...process.env,
        ...this.options.env,
        HTTP_PORT: String(this.options.port),
        HTTP_HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(this.log, { end: false });
    child.stderr.pipe(this.log, { end: false });
    this.exited = new Promise((resolve) => {
      child.once('exit', (code) => {
        resolve(code);
      });
    });
    this.child = child;
  }

  /** Polls /health/ready until every dependency is up; fails early if the process died. */
  async waitReady(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer';
    while (Date.now() < deadline) {
      if (this.child?.exitCode !== null && this.child?.exitCode !== undefined) {
        throw new Error(
          `${this.options.name} exited with ${this.child.exitCode}; see ${this.logFile}`,
        );
      }
      try {
        const response = await fetch(`${this.url}/health/ready`);
        if (response.ok) return;
        last = `${response.status} ${await response.text()}`;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(
      `${this.options.name} not ready after ${timeoutMs} ms (${last}); see ${this.logFile}`,
    );
  }

  /** Sends the signal and resolves with the exit code once the process is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 30_000): Promise<number | null> {
    const child = this.child;
    if (!child) return null;
    if (child.exitCode === null) child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    this.child = null;
    await new Promise<void>((resolve) => {
      if (this.log) this.log.end(resolve);
      else resolve();
    });
    return code;
  }
}
