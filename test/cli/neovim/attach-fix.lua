-- Neovim 0.7 (Debian) as an independent LSP client of openclaw-config-language-server:
-- attach to the current buffer, wait for the Codex diagnostic, apply the preferred quick fix, write.
-- Run: OPENCLAW_NODE=node OPENCLAW_LS=bin/openclaw-config-language-server.js \
--      nvim --headless --clean -n -c 'luafile attach-fix.lua' openclaw.json
-- Prints one line per step (the test reads them); exits 0 on success, 1 (cquit) on any failure.
local function say(text) io.stdout:write(text .. "\n") end
local function fail(text)
  say("FAIL " .. text)
  vim.cmd("cquit 1")
end

-- Keep the raw publishDiagnostics notifications (codes, ranges) besides Neovim's own handling.
local published = {}
local default_handler = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
  table.insert(published, result)
  return default_handler(err, result, ctx, config)
end

local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "openclaw-config",
  cmd = { os.getenv("OPENCLAW_NODE") or "node", os.getenv("OPENCLAW_LS"), "--stdio" },
  root_dir = vim.fn.expand("%:p:h"),
  init_options = { diagnosticsDebounceMs = 0 },
})
if not client_id then fail("start_client") end
vim.lsp.buf_attach_client(bufnr, client_id)
say("filetype " .. vim.bo.filetype)

local function codex_diagnostic()
  local last = published[#published]
  if not last then return nil end
  for _, d in ipairs(last.diagnostics) do
    if d.code == "legacy-codex-base-url" then return d end
  end
  return nil
end

if not vim.wait(15000, function() return codex_diagnostic() ~= nil end, 10) then fail("no legacy-codex-base-url diagnostic") end
local diagnostic = codex_diagnostic()
say(string.format("diagnostic %s %d:%d severity %d", diagnostic.code, diagnostic.range.start.line + 1, diagnostic.range.start.character + 1, diagnostic.severity))
-- Neovim's own diagnostic store got it too (what a user sees as a sign and virtual text).
say("vim.diagnostic " .. #vim.diagnostic.get(bufnr))

local client = vim.lsp.get_client_by_id(client_id)
local response = client.request_sync("textDocument/codeAction", {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = diagnostic.range,
  context = { diagnostics = { diagnostic }, only = { "quickfix" } },
}, 10000, bufnr)
if not response or response.err then fail("codeAction request") end
local preferred
for _, action in ipairs(response.result or {}) do
  if action.isPreferred then preferred = action end
end
if not preferred then fail("no preferred code action") end
if not preferred.edit then
  local resolved = client.request_sync("codeAction/resolve", preferred, 10000, bufnr)
  if not resolved or resolved.err then fail("codeAction/resolve") end
  preferred = resolved.result
end
say("action " .. preferred.title)
vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
vim.cmd("write")
say("written")

-- The server sees the edit (didChange) and clears the diagnostic.
if not vim.wait(15000, function()
  local last = published[#published]
  return last ~= nil and last.version == vim.lsp.util.buf_versions[bufnr] and codex_diagnostic() == nil
end, 10) then fail("the diagnostic did not clear after the fix") end
say("cleared")

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 10)
vim.cmd("qall!")
