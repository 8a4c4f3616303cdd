// Defines <benefits-explorer>. Its .wasm and claims.json come with it: no base path to set.
import 'benefits-explorer';
