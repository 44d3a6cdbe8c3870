#!/usr/bin/env bash
# Makes, from the real report pages of this folder, what users' tools make
# of them: a browser's copy of each page (its innerText), the text of the
# page printed to PDF by Chromium (pdftotext -layout), and the page saved
# as Word by LibreOffice. Run by hand; CI only reads the results. Needs
# chromium, soffice, pdftotext and node with playwright-core (tests/browser).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for page in *.html; do
  name=${page%.html}
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$tmp/chrome" --no-pdf-header-footer --print-to-pdf="$tmp/$name.pdf" "$page" 2>/dev/null
  pdftotext -layout "$tmp/$name.pdf" "$name--chromium-pdf.txt"
  soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$tmp" "$page" >/dev/null 2>&1
  cp "$tmp/$name.docx" "$name--libreoffice.docx"
done
node - <<'JS'
const path = require('path'), fs = require('fs');
const { chromium } = require(path.resolve('../../../../tests/browser/node_modules/playwright-core'));
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const p = await b.newPage();
  for (const f of fs.readdirSync('.').filter(f => f.endsWith('.html'))) {
    await p.goto('file://' + path.resolve(f));
    fs.writeFileSync(f.replace(/\.html$/, '--browser-copy.txt'), await p.evaluate(() => document.body.innerText));
  }
  await b.close();
})();
JS
