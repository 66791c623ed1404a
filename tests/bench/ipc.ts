import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isMessage } from './protocol.ts';

type Tagged = { type: string };
type Waiter<In extends Tagged> = { type: In['type']; resolve: (message: In) => void; reject: (error: Error) => void };

/**
 * A child process running one of this folder's TypeScript entry points through tsx, spoken to over IPC:
 * `send` a command, await `next(type)` for the reply of that type. An `error` reply or an early exit
 * fails every pending wait.
 */
export class Channel<Out extends Tagged, In extends Tagged> {
  private readonly child: ChildProcess;
  private readonly waiters: Waiter<In>[] = [];
  private exited = false;

  constructor(
    entry: string,
    private readonly name: string,
    nodeFlags: string[] = [],
  ) {
    const script = fileURLToPath(new URL(entry, import.meta.url));
    // tsx's loader is resolved from here, so the working directory does not matter.
    const execArgv = [...nodeFlags, '--import', import.meta.resolve('tsx')];
    this.child = fork(script, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (message: unknown) => {
      if (!isMessage<In>(message)) return;
      if (message.type === 'error') {
        const text = (message as Tagged & { message?: unknown }).message;
        this.failAll(new Error(`${this.name}: ${String(text)}`));
        return;
      }
      const at = this.waiters.findIndex((w) => w.type === message.type);
      if (at >= 0) this.waiters.splice(at, 1)[0]?.resolve(message);
    });
    this.child.on('exit', (code, signal) => {
      this.exited = true;
      this.failAll(new Error(`${this.name} exited (code ${code}, signal ${signal})`));
    });
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }

  send(message: Out): void {
    if (!this.exited) this.child.send(message);
  }

  next<T extends In['type']>(type: T): Promise<Extract<In, { type: T }>> {
    if (this.exited) return Promise.reject(new Error(`${this.name} has exited`));
    return new Promise((resolve, reject) => {
      this.waiters.push({ type, resolve: (m) => resolve(m as Extract<In, { type: T }>), reject });
    });
  }

  /** Sends the close command and waits for the exit (killing the child if it lingers). */
  async close(closeCommand: Out, graceMs: number): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.send(closeCommand);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}
