// Preloaded into Portkey's gateway (node --import): it listens on every interface and has no host option, so a
// listen() without a host is given 127.0.0.1. run.sh checks with ss that nothing else is bound before sending load.
import net from 'node:net';

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function patchedListen(...args) {
  if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function')) {
    args.splice(1, 0, '127.0.0.1');
  } else if (typeof args[0] === 'number' && (args[1] === undefined || args[1] === null)) {
    args[1] = '127.0.0.1';
  } else if (args[0] && typeof args[0] === 'object' && args[0].port !== undefined && !args[0].host) {
    args[0] = { ...args[0], host: '127.0.0.1' };
  }
  return listen.apply(this, args);
};
