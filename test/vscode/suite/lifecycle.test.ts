/** The language server's life: restart command, and automatic restart when the process dies. */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { clientState, diagnosticsWhere, extensionApi, open, withCode, workspaceFile, revertAndCloseAll } from "./helpers";

const RUNNING = 2; // vscode-languageclient State.Running
const LEGACY_CODE = "legacy-codex-base-url";

describe("language server lifecycle", () => {
  afterEach(async () => {
    await revertAndCloseAll();
  });

  it("OpenClaw: Restart Language Server starts a new server that reports again", async () => {
    const api = await extensionApi();
    const { document } = await open(workspaceFile("legacy", "openclaw.json"));
    await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length > 0, LEGACY_CODE);
    const before = api.client()?.serverProcess?.pid;
    await vscode.commands.executeCommand("openclaw.restartServer");
    await clientState(api, RUNNING, "running after the restart");
    const after = api.client()?.serverProcess?.pid;
    assert.ok(after && after !== before, `a new server process (before ${before}, after ${after})`);
    await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length > 0, `${LEGACY_CODE} from the new server`);
  });

  it("restarts the server when its process dies", async () => {
    const api = await extensionApi();
    await clientState(api, RUNNING, "running");
    const { document } = await open(workspaceFile("legacy", "openclaw.json"));
    await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length > 0, LEGACY_CODE);
    const client = api.client();
    const pid = client?.serverProcess?.pid;
    assert.ok(client && pid, "the server runs as a child process");
    const stopped = new Promise<void>((resolve) => {
      const subscription = client.onDidChangeState(({ newState }) => {
        if (newState !== RUNNING) {
          subscription.dispose();
          resolve();
        }
      });
    });
    process.kill(pid, "SIGKILL");
    await stopped;
    await clientState(api, RUNNING, "running again after the crash");
    const restartedPid = api.client()?.serverProcess?.pid;
    assert.ok(restartedPid && restartedPid !== pid, "a new server process");
    // The restarted server gets the open document again and reports on it.
    await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length > 0, `${LEGACY_CODE} after the restart`);
  });
});
