// Production build step (pom.xml, profile "production"): writes FILE.br and FILE.gz next to each static
// file (up-to-date ones are kept: Vite already writes .br for the bundle), so Vaadin's static file server
// sends them pre-compressed (it looks for these two names) instead of Tomcat compressing every response.
// usage: node precompress.mjs SOURCE_ROOT TARGET_ROOT PATH...
//   PATH is relative to SOURCE_ROOT: a file, or a folder whose .js and .css files are all taken.
//   The compressed files go to the same relative path under TARGET_ROOT; ones newer than their source are kept.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [sourceRoot, targetRoot, ...paths] = process.argv.slice(2);
if (!sourceRoot || !targetRoot || paths.length === 0) {
  console.error('usage: node precompress.mjs SOURCE_ROOT TARGET_ROOT PATH...');
  process.exit(2);
}

const compressible = name => name.endsWith('.js') || name.endsWith('.css');
const filesUnder = path => statSync(path).isDirectory()
  ? readdirSync(path).flatMap(child => filesUnder(join(path, child))).filter(compressible)
  : [path];

const encoders = {
  br: data => brotliCompressSync(data, { params: {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
  gz: data => gzipSync(data, { level: 9 }),
};

let written = 0;
for (const path of paths) {
  const absolute = join(sourceRoot, path);
  if (!existsSync(absolute)) {
    console.error(`precompress: ${absolute} does not exist`);
    process.exit(1);
  }
  for (const file of filesUnder(absolute)) {
    const data = readFileSync(file);
    for (const [suffix, encode] of Object.entries(encoders)) {
      const target = join(targetRoot, relative(sourceRoot, file)) + '.' + suffix;
      if (existsSync(target) && statSync(target).mtimeMs >= statSync(file).mtimeMs) continue; // up to date
      const encoded = encode(data);
      if (encoded.length >= data.length) continue; // not worth a Content-Encoding
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, encoded);
      written++;
    }
  }
}
console.log(`precompress: wrote ${written} files under ${targetRoot}`);
