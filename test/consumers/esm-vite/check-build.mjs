// The production build must contain agentboard's code, once, and its stylesheet.
import { readdirSync, readFileSync } from 'node:fs';

const assets = readdirSync('dist/assets');
const js = assets
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(`dist/assets/${f}`, 'utf8'))
  .join('\n');
const css = assets
  .filter((f) => f.endsWith('.css'))
  .map((f) => readFileSync(`dist/assets/${f}`, 'utf8'))
  .join('\n');
if (!js.includes('Nightly dependency bump')) throw new Error('app code missing from the build');
if (!css.includes('ab-root')) throw new Error('agentboard/styles.css missing from the build');
// `agentboard` and `agentboard/data` share one chunk: a string of createFetchDataSource appears once.
const copies = js.split('No fetch implementation is available').length - 1;
if (copies !== 1) throw new Error(`expected one copy of the data layer in the build, found ${copies}`);
console.log('esm vite build ok');
