#!/usr/bin/env node
// The `openclaw-config-language-server` command for any LSP client: pass --stdio (or --node-ipc,
// --socket=PORT); the bundled server (dist/server.js) picks the transport from the command line.
"use strict";
const major = Number(process.versions.node.split(".")[0]);
if (major < 20) {
  process.stderr.write(`openclaw-config-language-server: Node.js 20 or newer is required (this is ${process.version}).\n`);
  process.exit(2);
}
require("../dist/server.js");
