-- Neovim 0.7 headless, as a person with an LSP setup would use it: attach dist/server.js
-- (vim.lsp.start_client: 0.7 has no vim.lsp.start) to the draft, wait for the diagnostics
-- Neovim shows, press K (vim.lsp.buf.hover) on the wrong figure and read its floating
-- window, open the code-action menu (vim.lsp.buf.code_action) and pick the fix by its
-- title, then wait for the server's next diagnostics. Nothing is asserted here: what was
-- seen is written as JSON to E2E_OUT, and test/e2e/headless.mjs judges it, so the
-- expectations live in one place, beside the CLI's output they are compared with.
-- Env: E2E_SERVER, E2E_FILE, E2E_OUT, E2E_LINE/E2E_COL (1-based, UTF-16 column, as the
-- CLI prints them), E2E_FIX_TITLE, E2E_TIMEOUT_MS.
local server = assert(os.getenv('E2E_SERVER'), 'E2E_SERVER not set')
local file = assert(os.getenv('E2E_FILE'), 'E2E_FILE not set')
local out_path = assert(os.getenv('E2E_OUT'), 'E2E_OUT not set')
local line = tonumber(os.getenv('E2E_LINE')) - 1
local col16 = tonumber(os.getenv('E2E_COL')) - 1
local fix_title = os.getenv('E2E_FIX_TITLE')
local timeout = tonumber(os.getenv('E2E_TIMEOUT_MS') or '20000')

local seen = { log = {}, publishes = 0 }
local function log(s) table.insert(seen.log, s) end
local function finish(code)
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(seen))
  f:close()
  vim.cmd(code == 0 and 'qall!' or 'cquit ' .. code)
end
-- Any Lua error still leaves the JSON behind, with the error in it.
local function guard(fn)
  local ok, err = pcall(fn)
  if not ok then seen.error = tostring(err); finish(1) end
end

guard(function()
  local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  local client_id = vim.lsp.start_client({
    name = 'oped-facts',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result.uri == vim.uri_from_fname(file) then seen.publishes = seen.publishes + 1 end
        return default_publish(err, result, ctx, config)
      end,
      ['window/logMessage'] = function(_, result) log('server: ' .. result.message) end,
    },
  })
  if not client_id then seen.error = 'the language server did not start'; return finish(1) end

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  vim.bo.filetype = 'markdown'
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- str_utfindex returns the UTF-32 and the UTF-16 index; the second is LSP's.
  local function utf16(text, byte)
    local _, units = vim.str_utfindex(text, math.min(byte, #text))
    return units
  end

  -- What Neovim shows (vim.diagnostic: byte columns) plus the LSP code it keeps in user_data.
  local function shown()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local text = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1] or ''
      local end_text = vim.api.nvim_buf_get_lines(bufnr, d.end_lnum, d.end_lnum + 1, false)[1] or ''
      local lsp = d.user_data and d.user_data.lsp or {}
      table.insert(list, {
        line = d.lnum + 1,
        -- back to UTF-16 columns, to compare with the CLI's
        column = utf16(text, d.col) + 1,
        endLine = d.end_lnum + 1,
        endColumn = utf16(end_text, d.end_col) + 1,
        severity = ({ 'error', 'warning', 'information', 'hint' })[d.severity],
        code = lsp.code or d.code,
        source = d.source,
        message = d.message,
      })
    end
    return list
  end

  -- 1. The diagnostics, once the first publish for this draft has arrived.
  if not vim.wait(timeout, function() return seen.publishes > 0 and #vim.diagnostic.get(bufnr) > 0 end, 20) then
    seen.error = 'no diagnostics within ' .. timeout .. ' ms'
    return finish(1)
  end
  seen.diagnostics = shown()

  -- 2. Hover: what K (vim.lsp.buf.hover) shows, read from the floating window it opens.
  local text = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1]
  local byte_col = vim.str_byteindex(text, col16, true)
  vim.api.nvim_win_set_cursor(0, { line + 1, byte_col + 1 })
  local function float_lines()
    for _, win in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(win).relative ~= '' then
        return vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false), win
      end
    end
  end
  vim.lsp.buf.hover()
  if vim.wait(timeout, function() return float_lines() ~= nil end, 20) then
    local lines, win = float_lines()
    seen.hover = table.concat(lines, '\n')
    vim.api.nvim_win_close(win, true)
  else
    seen.hover_error = 'no hover window within ' .. timeout .. ' ms'
  end

  -- 3. The code-action menu (vim.lsp.buf.code_action) at the figure, answered the way a
  -- person picks an entry: vim.ui.select is given the title to choose.
  vim.api.nvim_win_set_cursor(0, { line + 1, byte_col })
  seen.actions = {}
  local chosen = false
  local menu = false
  vim.ui.select = function(items, opts, on_choice)
    menu = true
    for i, item in ipairs(items) do
      local title = opts.format_item and opts.format_item(item) or item[2].title
      table.insert(seen.actions, title)
      if title == fix_title and not chosen then chosen = i end
    end
    if chosen then on_choice(items[chosen], chosen) else on_choice(nil, nil) end
  end
  local publishes_before = seen.publishes
  local before_fix = text
  vim.lsp.buf.code_action()
  -- the menu comes once the server has answered; the edit is applied when it is chosen
  local function changed()
    return vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1] ~= before_fix
  end
  vim.wait(timeout, function() return menu and (not chosen or changed()) end, 20)
  if not menu then seen.error = 'no code-action menu within ' .. timeout .. ' ms'; return finish(1) end
  if not chosen then seen.error = 'no code action titled ' .. tostring(fix_title); return finish(1) end
  if not changed() then seen.error = 'the chosen code action did not change the line'; return finish(1) end
  seen.line_after_fix = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1]
  -- The edit goes to the server as didChange (debounced); wait for its next publish.
  vim.wait(timeout, function() return seen.publishes > publishes_before end, 20)
  seen.diagnostics_after_fix = shown()
  vim.lsp.stop_client(client_id)
  vim.api.nvim_buf_set_option(bufnr, 'modified', false) -- never written back
  finish(0)
end)
