-- Headless Neovim (0.7+) as a second real LSP client for the language server alone:
--   nvim --headless -u NONE -c 'luafile test/e2e/neovim/diagnostics.lua'
-- Starts `node dist/server.js --stdio` through vim.lsp.start_client, opens each fixture letter
-- listed in test/e2e/workspace/expected.json, waits for the server's published diagnostics and
-- compares their codes and lines with the expected ones; then asks for a hover on a guideline
-- citation and checks that the server shuts down cleanly. Prints one line per check, then
-- "neovim: N passed, M failed", and exits non-zero on any failure.

local WAIT_MS = 20000
-- The hover on this citation must show the guideline's limits.
local HOVER_LETTER = 'chiropractic-neck-findings.imr.md'
local HOVER_CITATION = 'Official Disability Guidelines (ODG)'
local HOVER_TEXT = 'up to 9 visits over 8 weeks'

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

local exit_code
local function start_server()
  return vim.lsp.start_client({
    name = 'imr-language-server',
    cmd = { 'node', root .. '/dist/server.js', '--stdio' },
    root_dir = workspace,
    on_exit = function(code)
      exit_code = code
    end,
  })
end

local function report(ok, line)
  out(string.format('  %s %s', ok and 'ok  ' or 'FAIL', line))
  return ok
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

local function open_letter(client_id, name)
  vim.cmd('edit ' .. vim.fn.fnameescape(workspace .. '/' .. name))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'imr-determination'
  -- Attaching again is harmless, and needed after :edit reloads a buffer.
  vim.lsp.buf_attach_client(bufnr, client_id)
  return bufnr
end

local function check_letter(client_id, name, expected)
  local bufnr = open_letter(client_id, name)
  local uri = vim.uri_from_bufnr(bufnr)
  local arrived = vim.wait(WAIT_MS, function()
    return published[uri] and #vim.diagnostic.get(bufnr) >= #expected
  end, 50)
  local actual = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(actual, { code = code_of(diagnostic), line = diagnostic.lnum })
  end
  local want, got = describe(expected), describe(actual)
  if arrived and want == got then return report(true, string.format('%s: [%s]', name, got)) end
  return report(false, string.format('%s: expected [%s], got [%s]%s', name, want, got,
    arrived and '' or string.format(' (no diagnostics within %d ms)', WAIT_MS)))
end

local function check_hover(client_id)
  local bufnr = open_letter(client_id, HOVER_LETTER)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for line, text in ipairs(lines) do
    local column = text:find(HOVER_CITATION, 1, true)
    if column then
      local params = {
        textDocument = { uri = vim.uri_from_bufnr(bufnr) },
        position = { line = line - 1, character = column + 1 },
      }
      local replies = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, WAIT_MS) or {}
      for _, reply in pairs(replies) do
        local value = reply.result and reply.result.contents and reply.result.contents.value or ''
        if value:find(HOVER_TEXT, 1, true) then return report(true, 'hover on ' .. HOVER_CITATION) end
      end
      return report(false, string.format('hover on %s lacks "%s"', HOVER_CITATION, HOVER_TEXT))
    end
  end
  return report(false, HOVER_LETTER .. ' has no ' .. HOVER_CITATION)
end

local function check_shutdown(client_id)
  vim.lsp.stop_client(client_id)
  vim.wait(WAIT_MS, function() return exit_code ~= nil end, 50)
  return report(exit_code == 0, 'server shut down with exit code ' .. tostring(exit_code))
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
  local results = {}
  for _, name in ipairs(names) do
    table.insert(results, check_letter(client_id, name, expected[name]))
  end
  table.insert(results, check_hover(client_id))
  table.insert(results, check_shutdown(client_id))
  local passed = #vim.tbl_filter(function(ok) return ok end, results)
  finish(passed, #results - passed)
end

local ok, err = pcall(main)
if not ok then
  out('neovim test crashed: ' .. tostring(err))
  finish(0, 1)
end
