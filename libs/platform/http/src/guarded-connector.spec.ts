import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import type { buildConnector } from 'undici';

import { AddressPolicy } from './address-policy';
import { createGuardedConnector } from './guarded-connector';
import type { SafeHttpError } from './safe-http-error';

/** Just enough of a net.Socket for the connector: an address, events, destroy(). */
class FakeSocket extends EventEmitter {
  destroyed = false;
  constructor(readonly remoteAddress: string) {
    super();
  }
  destroy(): this {
    this.destroyed = true;
    return this;
  }
}

const target: buildConnector.Options = {
  hostname: 'feeds.example',
  protocol: 'https:',
  port: '443',
};

/** A base connector that skips DNS entirely and "connects" to `address`. */
function fakeBase(address: string, announceConnect: boolean) {
  const socket = new FakeSocket(address);
  const base = (_options: buildConnector.Options, callback: buildConnector.Callback) => {
    setImmediate(() => {
      if (announceConnect) socket.emit('connect');
      callback(null, socket as unknown as Socket);
    });
    return socket;
  };
  return { socket, base: base as buildConnector.connector };
}

function connect(address: string, policy: AddressPolicy, announceConnect = true) {
  const { socket, base } = fakeBase(address, announceConnect);
  const connector = createGuardedConnector({ policy, connectTimeoutMs: 1000, baseConnector: base });
  return new Promise<{ error: SafeHttpError | null; socket: FakeSocket }>((resolve) => {
    connector(target, (...[error]) => {
      resolve({ error: error as SafeHttpError | null, socket });
    });
  });
}

describe('createGuardedConnector', () => {
  it.each(['127.0.0.1', '10.0.0.7', '169.254.169.254', '::1', '::ffff:127.0.0.1', 'fd00::5'])(
    'refuses a socket connected to %s although no DNS check ran',
    async (address) => {
      const { error, socket } = await connect(address, new AddressPolicy());
      expect(error?.kind).toBe('blocked-address');
      expect(socket.destroyed).toBe(true);
    },
  );

  it('also checks when the base connector never announces "connect"', async () => {
    const { error, socket } = await connect('192.168.1.1', new AddressPolicy(), false);
    expect(error?.kind).toBe('blocked-address');
    expect(socket.destroyed).toBe(true);
  });

  it('hands over sockets connected to public or allowlisted addresses', async () => {
    expect((await connect('93.184.216.34', new AddressPolicy())).error).toBeNull();
    const local = new AddressPolicy({ allowedAddresses: ['127.0.0.1'] });
    const { error, socket } = await connect('127.0.0.1', local);
    expect(error).toBeNull();
    expect(socket.destroyed).toBe(false);
  });
});
