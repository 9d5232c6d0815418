import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CrashPolicy } from "../../client/src/crashPolicy";

describe("server crash policy", () => {
  it("restarts four times within three minutes, then stops", () => {
    const policy = new CrashPolicy(4, 180_000);
    const verdicts = [0, 1000, 2000, 3000, 4000].map((at) => policy.shouldRestart(at));
    assert.deepEqual(verdicts, [true, true, true, true, false]);
    assert.equal(policy.recentCrashes, 5);
  });

  it("forgets crashes older than the window", () => {
    const policy = new CrashPolicy(2, 1000);
    assert.equal(policy.shouldRestart(0), true);
    assert.equal(policy.shouldRestart(100), true);
    assert.equal(policy.shouldRestart(1500), true, "the crashes at 0 and 100 are out of the window");
  });

  it("starts counting afresh after a manual restart", () => {
    const policy = new CrashPolicy(1, 60_000);
    policy.shouldRestart(0);
    assert.equal(policy.shouldRestart(1), false);
    policy.reset();
    assert.equal(policy.shouldRestart(2), true);
  });
});
