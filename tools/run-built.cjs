// Runs a compiled entry point from dist/ with the workspace's @newsflow/* path aliases
// resolved to their compiled locations (tsc keeps import specifiers as written).
'use strict';
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.base.json');

const root = path.resolve(__dirname, '..');
tsconfigPaths.register({ baseUrl: path.join(root, 'dist'), paths: compilerOptions.paths });

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node tools/run-built.cjs <dist/.../main.js> [args...]');
  process.exit(2);
}
process.argv.splice(1, 2, path.resolve(root, entry));
require(path.resolve(root, entry));
