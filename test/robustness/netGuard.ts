/**
 * Preloaded (`node --require`) into the server or the CLI by the no-network test: every attempt to open
 * a socket, resolve a name or make an HTTP request is appended to $NET_GUARD_LOG and then fails.
 * stdio and node-ipc transports use neither, so any line in the log is a finding.
 */
import { appendFileSync } from "node:fs";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";

const logFile = process.env.NET_GUARD_LOG;

function record(what: string): never {
  if (logFile) appendFileSync(logFile, `${process.pid} ${what}\n`);
  throw new Error(`network access blocked by the test: ${what}`);
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const target = args[0] as { path?: string } | string | undefined;
  // A named pipe or Unix socket given by the client for the LSP transport (--pipe/--socket) is allowed.
  if (typeof target === "object" && target?.path) return originalConnect.apply(this, args as never);
  return record(`net.Socket.connect ${JSON.stringify(args[0])}`);
} as typeof net.Socket.prototype.connect;
dns.lookup = ((host: string) => record(`dns.lookup ${host}`)) as unknown as typeof dns.lookup;
dns.resolve = ((host: string) => record(`dns.resolve ${host}`)) as unknown as typeof dns.resolve;
tls.connect = ((...args: unknown[]) => record(`tls.connect ${JSON.stringify(args[0])}`)) as typeof tls.connect;
http.request = ((...args: unknown[]) => record(`http.request ${String(args[0])}`)) as typeof http.request;
http.get = ((...args: unknown[]) => record(`http.get ${String(args[0])}`)) as typeof http.get;
https.request = ((...args: unknown[]) => record(`https.request ${String(args[0])}`)) as typeof https.request;
https.get = ((...args: unknown[]) => record(`https.get ${String(args[0])}`)) as typeof https.get;
globalThis.fetch = ((input: unknown) => record(`fetch ${String(input)}`)) as typeof fetch;
