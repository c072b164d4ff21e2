/**
 * npm start: builds the site when dist/ is missing or older than the sources, then serves it and prints
 * the address. Stopping it stops the build and the server with it (see child-groups.ts); package.json
 * runs it with `exec`, so that the SIGTERM npm passes to its shell reaches this script.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { childGroups } from './lib/child-groups.ts';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

const children = childGroups();

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
const sources = Math.max(...['src', 'data', 'public', 'index.html', 'vite.config.ts'].map(newestMtime));
if (built < sources) {
  console.log(
    built === 0 ? 'No build yet: building the site…' : 'Sources changed since the last build: rebuilding…',
  );
  const status = await children.run('npm', ['run', '-s', 'build']);
  if (status !== 0) process.exit(status);
}

const port = process.env.PORT ?? '4173';
console.log('Serving the Diplomatic Timeline from dist/ (stop with Ctrl+C):');
// vite preview prints the local address itself.
process.exit(await children.run('npx', ['vite', 'preview', '--port', port]));
