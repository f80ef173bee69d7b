// Production build step (pom.xml, profile "production", before precompress.mjs): writes lumo.css without the
// component styles of web components the bundle does not contain (docs/decisions/0081).
//
// Vaadin 25's lumo.css carries the styles of every Vaadin component as top-level `@media lumo_<module> { ... }`
// blocks; each component finds its modules through a `--_lumo-<tag>-inject-modules: lumo_a, lumo_b` declaration
// and copies them into its shadow root (LumoInjector in @vaadin/vaadin-themable-mixin). A component that is not in
// the bundle never asks for its modules, so they are dead bytes (~87 % of the file). Kept: every rule that is not such
// a block, and every module that a tag named anywhere in the bundle's scripts (`vaadin-...`) refers to.
// usage: node purge-lumo.mjs LUMO_CSS BUNDLE_DIR OUTPUT_CSS
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [lumoFile, bundleDir, outputFile] = process.argv.slice(2);
if (!lumoFile || !bundleDir || !outputFile) {
  console.error('usage: node purge-lumo.mjs LUMO_CSS BUNDLE_DIR OUTPUT_CSS');
  process.exit(2);
}
const css = readFileSync(lumoFile, 'utf8');

// The tags the bundle can create: every `vaadin-...` name in its scripts (over-inclusive on purpose).
const tags = new Set();
for (const name of readdirSync(bundleDir).filter(n => n.endsWith('.js'))) {
  for (const match of readFileSync(join(bundleDir, name), 'utf8').matchAll(/vaadin-[a-z0-9]+(?:-[a-z0-9]+)*/g)) {
    tags.add(match[0]);
  }
}

// Which modules each tag injects, from its `--_lumo-<tag>-inject-modules` declaration.
const wanted = new Set();
let declarations = 0;
for (const match of css.matchAll(/--_lumo-(vaadin-[a-z0-9-]+?)-inject-modules\s*:\s*([^;}]*)/g)) {
  declarations++;
  if (!tags.has(match[1])) continue;
  for (const module of match[2].split(',')) wanted.add(module.trim().replace(/['"]/g, ''));
}
if (declarations === 0) fail('no --_lumo-*-inject-modules declarations found: the Lumo format changed, see docs/decisions/0081');

// Split the stylesheet into top-level statements, aware of strings and comments, and drop unwanted module blocks.
let out = '';
let kept = 0;
let dropped = 0;
let droppedRules = 0;
let i = 0;
while (i < css.length) {
  const end = statementEnd(i);
  const statement = css.slice(i, end);
  const module = statement.match(/^\s*@media\s+(lumo_[a-z0-9_-]+)\s*\{/);
  if (module && !wanted.has(module[1])) {
    dropped++;
  } else if (isInjectRuleOfAbsentTags(statement)) {
    droppedRules++;
  } else {
    if (module) kept++;
    out += statement;
  }
  i = end;
}
if (kept === 0) fail('no component module kept: the Lumo format or the bundle layout changed, see docs/decisions/0081');
// (a declaration may name a module lumo.css does not have, e.g. 25.2's lumo_mixins_field-above: nothing to keep then)
mkdirSync(dirname(outputFile), { recursive: true });
writeFileSync(outputFile, out);
console.log(`purge-lumo: ${[...tags].length} vaadin-* names in the bundle; kept ${kept} and dropped ${dropped} `
  + `component modules and ${droppedRules} inject rules of absent tags; ${css.length} -> ${out.length} chars in ${outputFile}`);

/**
 * A rule like `:host,:root{--_lumo-vaadin-crud-inject:1;--_lumo-vaadin-crud-inject-modules:...}` that only tells
 * absent components what to inject: nothing reads it.
 */
function isInjectRuleOfAbsentTags(statement) {
  const body = statement.match(/^\s*:host,:root\{([^{}]*)\}$/);
  if (!body) return false;
  const declarations = body[1].split(';').map(d => d.trim()).filter(Boolean);
  return declarations.length > 0 && declarations.every(d => {
    const tag = d.match(/^--_lumo-(vaadin-[a-z0-9-]+?)-inject(?:-modules)?\s*:/);
    return tag && !tags.has(tag[1]);
  });
}

/** Index just after the top-level statement starting at `start`: a `{...}` block (nested braces) or `...;`. */
function statementEnd(start) {
  let depth = 0;
  for (let j = start; j < css.length; j++) {
    const c = css[j];
    if (c === '"' || c === "'") {
      j = stringEnd(j, c);
    } else if (c === '/' && css[j + 1] === '*') {
      const close = css.indexOf('*/', j + 2);
      j = close < 0 ? css.length : close + 1;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) return j + 1;
      if (depth < 0) fail(`unbalanced '}' at ${j}`);
    } else if (c === ';' && depth === 0) {
      return j + 1;
    }
  }
  if (depth !== 0) fail('unbalanced braces at the end of the file');
  return css.length;
}

function stringEnd(open, quote) {
  for (let j = open + 1; j < css.length; j++) {
    if (css[j] === '\\') j++;
    else if (css[j] === quote) return j;
  }
  fail(`unterminated string at ${open}`);
}

function fail(message) {
  console.error(`purge-lumo: ${message}`);
  process.exit(1);
}
