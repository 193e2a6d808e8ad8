-- Run by `nvim --headless --clean`: opens one file, attaches the Vitae server with Neovim's own LSP client, waits
-- for diagnostics and writes them as JSON. Paths come from the environment.
local file = os.getenv('VITAE_FILE')
local out = os.getenv('VITAE_OUT')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = 'vitae',
  cmd = { os.getenv('VITAE_NODE'), os.getenv('VITAE_SERVER'), 'server', '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
vim.lsp.buf_attach_client(buffer, client)
local arrived = vim.wait(15000, function() return #vim.diagnostic.get(buffer) > 0 end, 20)
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buffer)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(diagnostics, { line = d.lnum, col = d.col, code = d.code or lsp.code, source = d.source, message = d.message })
end
local handle = io.open(out, 'w')
handle:write(vim.fn.json_encode({ arrived = arrived, filetype = vim.bo[buffer].filetype, diagnostics = diagnostics }))
handle:close()
vim.cmd('qa!')
