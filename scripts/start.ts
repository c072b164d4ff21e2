/**
 * npm start: builds the site when dist/ is missing or was built from other inputs (older sources, or
 * another BASE_PATH), then serves it and prints the address. Stopping it stops the build and the server
 * with it (see child-groups.ts); package.json runs it with `exec`, so that the SIGTERM npm passes to its
 * shell reaches this script.
 */
import { buildSteps, packageBuildScript } from './lib/build-steps.ts';
import { childGroups } from './lib/child-groups.ts';
import { readBuildState, rebuildDecision } from './lib/stale-build.ts';

const children = childGroups();

const decision = rebuildDecision(readBuildState(process.env));
if (decision.rebuild) {
  console.log(decision.reason);
  const steps = buildSteps(packageBuildScript());
  for (const [index, { label, command }] of steps.entries()) {
    console.log(`  ${index + 1}/${steps.length} ${label}…`);
    // npm run put node_modules/.bin on the PATH this inherits, so the steps find tsc and vite.
    const status = await children.run('sh', ['-c', command]);
    if (status !== 0) process.exit(status);
  }
}

const port = process.env.PORT ?? '4173';
console.log('Serving the Diplomatic Timeline from dist/ (stop with Ctrl+C):');
// vite preview prints the address, not this script: when the port is taken it moves to the next free
// one (strictPort: false in vite.config.ts), which only it knows.
process.exit(await children.run('npx', ['vite', 'preview', '--port', port]));
