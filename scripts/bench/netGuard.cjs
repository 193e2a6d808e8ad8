// Preloaded into each benchmarked server (`node --require`): refuses every outgoing connection and DNS lookup and
// reports it on stderr, so the benchmark can prove that no server fetched a schema (or anything else) mid-run.
const dns = require('node:dns');
const net = require('node:net');

const MARK = '[bench-net-guard]';

function refuse(what) {
  process.stderr.write(`${MARK} blocked ${what}\n`);
  return new Error(`${MARK} network access is disabled in the benchmark (${what})`);
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : { port: args[0], host: args[1] };
  // Local IPC sockets (a `path`) are not network access.
  if (options.path) return connect.apply(this, args);
  const error = refuse(`connection to ${options.host ?? 'localhost'}:${options.port}`);
  process.nextTick(() => this.destroy(error));
  return this;
};

const lookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, ...rest) {
  const callback = rest[rest.length - 1];
  if (hostname === 'localhost' || typeof callback !== 'function') return lookup.call(this, hostname, ...rest);
  const error = refuse(`DNS lookup of ${hostname}`);
  process.nextTick(() => callback(error));
  return {};
};

module.exports = { MARK };
