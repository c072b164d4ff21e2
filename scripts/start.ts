/**
 * npm start: builds the site when dist/ is missing or older than the sources, then serves it and prints
 * the address.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
const sources = Math.max(...['src', 'data', 'public', 'index.html', 'vite.config.ts'].map(newestMtime));
if (built < sources) {
  console.log(
    built === 0 ? 'No build yet: building the site…' : 'Sources changed since the last build: rebuilding…',
  );
  const result = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT ?? '4173';
console.log('Serving the Diplomatic Timeline from dist/ (stop with Ctrl+C):');
// vite preview prints the local address itself.
const server = spawn('npx', ['vite', 'preview', '--port', port], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
