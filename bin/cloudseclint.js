#!/usr/bin/env node
// The CLI is one esbuild bundle (built by `npm ci` through the prepare script): one file to load keeps a
// cold start close to bare node.
import '../dist/cloudseclint.js';
