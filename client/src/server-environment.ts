/**
 * The environment the extension starts the language server with: its own, less the variables
 * that only cost the server's start. The server makes no network connection (it reads letters,
 * configs and packs from disk and talks to its client over IPC or stdio), so it needs no TLS
 * certificates, yet Node reads and parses the whole file `NODE_EXTRA_CA_CERTS` names, with its
 * bundled root certificates, before it runs any code: some 40 ms of every start where a system
 * or a company proxy sets it (the bench machine does). The benchmark starts the server the same way.
 */
export function serverEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // Left undefined rather than deleted: vscode-languageclient lays these over the extension host's own
  // environment, and Node's child_process passes no variable whose value is undefined.
  return { ...env, NODE_EXTRA_CA_CERTS: undefined };
}
