// Stands in for `undici` in the bundle (tsconfig.json "paths"). Its one importer is @actions/http-client, which takes
// ProxyAgent from it for `getAgentDispatcher()`, a dispatcher for fetch() through a proxy. The action never calls it:
// @actions/core's OIDC token request (the only HTTP it makes through @actions/http-client) goes through node:http and
// its own proxy tunnel. undici whole would be 0.93 MB of the 3 MB bundle for that one unused class.
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with cmk-alarm: @actions/http-client getAgentDispatcher() is not supported')
  }
}
