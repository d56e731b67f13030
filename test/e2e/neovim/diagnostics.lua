-- Headless Neovim (0.7+) as a second real LSP client for the language server alone:
--   nvim --headless -u NONE -c 'luafile test/e2e/neovim/diagnostics.lua'
-- Starts `node dist/server.js --stdio` through vim.lsp.start_client, opens each fixture letter
-- listed in test/e2e/workspace/expected.json, waits for the server's published diagnostics and
-- compares their codes and lines with the expected ones. Prints one line per letter, then
-- "neovim: N passed, M failed", and exits non-zero on any failure.

local WAIT_MS = 20000

local script = debug.getinfo(1, 'S').source:sub(2)
local root = vim.fn.fnamemodify(script, ':p:h:h:h:h')
local workspace = root .. '/test/e2e/workspace'

local function out(line)
  io.stdout:write(line .. '\n')
end

local function finish(passed, failed)
  out(string.format('neovim: %d passed, %d failed', passed, failed))
  vim.cmd(failed == 0 and passed > 0 and 'qall!' or 'cquit! 1')
end

local function read_expected()
  local lines = vim.fn.readfile(workspace .. '/expected.json')
  return vim.fn.json_decode(table.concat(lines, '\n'))
end

-- Which documents the server has published diagnostics for: a letter that should draw no
-- finding passes only once the server has said so, not merely because nothing arrived yet.
local published = {}
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  published[result.uri] = true
  return publish(err, result, ctx, config)
end

local function start_server()
  return vim.lsp.start_client({
    name = 'imr-language-server',
    cmd = { 'node', root .. '/dist/server.js', '--stdio' },
    root_dir = workspace,
    on_exit = function(code)
      if code ~= 0 then out('imr-language-server exited with code ' .. code) end
    end,
  })
end

-- Neovim 0.7 keeps the LSP code in user_data; later versions copy it to `code`.
local function code_of(diagnostic)
  if diagnostic.code then return diagnostic.code end
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp
  return lsp and lsp.code
end

local function describe(findings)
  local parts = {}
  for _, finding in ipairs(findings) do
    table.insert(parts, string.format('%s@%d', finding.code, finding.line))
  end
  table.sort(parts)
  return table.concat(parts, ', ')
end

local function check_letter(client_id, name, expected)
  vim.cmd('edit ' .. vim.fn.fnameescape(workspace .. '/' .. name))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'imr-determination'
  vim.lsp.buf_attach_client(bufnr, client_id)
  local uri = vim.uri_from_bufnr(bufnr)
  local arrived = vim.wait(WAIT_MS, function()
    return published[uri] and #vim.diagnostic.get(bufnr) >= #expected
  end, 50)
  local actual = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(actual, { code = code_of(diagnostic), line = diagnostic.lnum })
  end
  local want, got = describe(expected), describe(actual)
  if arrived and want == got then
    out(string.format('  ok   %s: [%s]', name, got))
    return true
  end
  out(string.format('  FAIL %s: expected [%s], got [%s]%s', name, want, got,
    arrived and '' or string.format(' (no diagnostics within %d ms)', WAIT_MS)))
  return false
end

local function main()
  local client_id = start_server()
  if not client_id then
    out('could not start node ' .. root .. '/dist/server.js --stdio')
    return finish(0, 1)
  end
  local expected = read_expected()
  local names = vim.tbl_keys(expected)
  table.sort(names)
  local passed, failed = 0, 0
  for _, name in ipairs(names) do
    if check_letter(client_id, name, expected[name]) then passed = passed + 1 else failed = failed + 1 end
  end
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  finish(passed, failed)
end

local ok, err = pcall(main)
if not ok then
  out('neovim test crashed: ' .. tostring(err))
  finish(0, 1)
end
