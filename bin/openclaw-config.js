#!/usr/bin/env node
// The `openclaw-config` command: the bundled CLI (dist/cli.js) does the work.
"use strict";
const major = Number(process.versions.node.split(".")[0]);
if (major < 20) {
  process.stderr.write(`openclaw-config: Node.js 20 or newer is required (this is ${process.version}).\n`);
  process.exit(2);
}
require("../dist/cli.js").runCli();
