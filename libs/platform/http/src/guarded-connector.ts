import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction, Socket } from 'node:net';
import { buildConnector } from 'undici';

import type { AddressPolicy } from './address-policy';
import { SafeHttpError } from './safe-http-error';

/**
 * A DNS lookup that refuses names resolving to a blocked address. It only fails fast: the
 * connected socket is checked again, because a resolver answer is not where packets end up.
 */
export function createGuardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error !== null) {
        callback(error, '');
        return;
      }
      const blocked = addresses.find((entry) => !policy.isAllowed(entry.address, hostname));
      const first = addresses[0];
      if (blocked !== undefined || first === undefined) {
        try {
          policy.assertAllowed(blocked?.address, hostname);
        } catch (refusal) {
          callback(refusal as SafeHttpError, '');
        }
        return;
      }
      if (options.all === true) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

export interface GuardedConnectorOptions {
  policy: AddressPolicy;
  connectTimeoutMs: number;
  /** Replaces the guarded DNS lookup (tests simulate a resolver that lets a private address by). */
  lookup?: LookupFunction;
  /** Replaces undici's connector (tests feed it fake sockets). */
  baseConnector?: buildConnector.connector;
}

// undici's connector returns the socket it creates, although its type says void.
type SocketReturningConnector = (
  options: buildConnector.Options,
  callback: buildConnector.Callback,
) => Socket | undefined;

/**
 * An undici connector that vets the address the socket actually connected to. This is the
 * decisive check: it holds against DNS rebinding, resolver tricks and any lookup bypass.
 */
export function createGuardedConnector(options: GuardedConnectorOptions): buildConnector.connector {
  const { policy } = options;
  const base = (options.baseConnector ??
    buildConnector({
      timeout: options.connectTimeoutMs,
      lookup: options.lookup ?? createGuardedLookup(policy),
    })) as SocketReturningConnector;

  const refusal = (socket: Socket, hostname: string): SafeHttpError | undefined => {
    try {
      policy.assertAllowed(socket.remoteAddress, hostname);
      return undefined;
    } catch (error) {
      return error as SafeHttpError;
    }
  };

  return (connectOptions, callback) => {
    let blocked: SafeHttpError | undefined;
    const socket = base(connectOptions, (error, connected) => {
      if (blocked !== undefined) {
        callback(blocked, null);
      } else if (error !== null) {
        callback(error, null);
      } else {
        const late = refusal(connected, connectOptions.hostname);
        if (late === undefined) {
          callback(null, connected);
        } else {
          connected.destroy();
          callback(late, null);
        }
      }
    });
    // Checked on TCP connect, ahead of undici's own listener, so a blocked peer never sees a TLS
    // ClientHello, let alone a request.
    socket?.prependOnceListener('connect', () => {
      blocked = refusal(socket, connectOptions.hostname);
      if (blocked !== undefined) socket.destroy(blocked);
    });
  };
}
