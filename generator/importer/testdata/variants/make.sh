#!/usr/bin/env bash
# Makes the variant fixtures of this folder from the seeds, the way users'
# tools make them: the pages re-saved in other encodings, re-worded,
# converted to Word by LibreOffice, printed to PDF by Chromium (and the
# PDF's text as pdftotext -layout gives it), copied from a browser, and
# read back by OCR. Run by hand when the seeds change; CI only reads the
# results. Needs: iconv, python3, chromium, soffice (libreoffice-writer-
# nogui), pdftotext and pdftoppm (poppler-utils), tesseract with chi_sim
# (tesseract-ocr-chi-sim), node with playwright-core (tests/browser).
#
#   GONGKAI_SEEDS=../../../../../shared/seeds ./make.sh
set -euo pipefail
cd "$(dirname "$0")"
seeds=${GONGKAI_SEEDS:-../../../../../shared/seeds}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chrome() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$tmp/chrome" --no-pdf-header-footer "$@" 2>/dev/null
}

# Encodings: a GBK page that says so only in http-equiv, a GB18030 page
# that does not say, text as Notepad saves "Unicode" (UTF-16 LE with BOM),
# GBK and GB18030 text, UTF-8 with a BOM.
sed 's/<meta charset="[^"]*"[^>]*>/<meta http-equiv="Content-Type" content="text\/html; charset=gb2312">/I' "$seeds/html/pingtan-2023.html" |
  iconv -f UTF-8 -t GBK//TRANSLIT > pingtan-2023--gbk.html
sed 's/<meta charset="[^"]*"[^>]*>//I' "$seeds/html/pingtan-2022.html" | iconv -f UTF-8 -t GB18030 > pingtan-2022--gb18030-undeclared.html
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$seeds/text/erqi-district-office-2023.txt"; } > erqi-2023--utf16.txt
iconv -f UTF-8 -t GBK//TRANSLIT "$seeds/text/huaian-szf-2024.txt" > huaian-2024--gbk.txt
iconv -f UTF-8 -t GB18030 "$seeds/text/hongze-qzf-2024.txt" > hongze-2024--gb18030.txt
{ printf '\xef\xbb\xbf'; cat "$seeds/html/pingtan-2024.html"; } > pingtan-2024--utf8-bom.html

# Wording seen in published reports, applied to the seeds.
python3 - "$seeds" <<'PY'
import sys, re
seeds = sys.argv[1]
def sub(s, pairs):
    for a, b in pairs:
        if a not in s:
            raise SystemExit("wording: %r not in seed" % a)
        s = s.replace(a, b)
    return s
erqi = open(seeds + "/text/erqi-district-office-2023.txt", encoding="utf-8").read()
open("erqi-2023--wording.txt", "w", encoding="utf-8").write(sub(erqi, [
    ("2023年政府信息公开工作年\n度报告", "2023 年政府信息公开年度报告"),
    ("五、存在的主要问题及改进情况", "五、存在的主要问题及整改措施"),
    ("行政规范性文件", "规范性文件"),
    ("2.其他法律行政法规禁止公开", "2、其他法律行政法规禁止公开"),
    ("3.危及“三安全一稳定”", "3、危及“三安全一稳定”"),
    ("四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"),
]))
hz = open(seeds + "/text/hongze-qzf-2023.txt", encoding="utf-8").read()
open("hongze-2023--wording.txt", "w", encoding="utf-8").write(sub(hz, [
    ("五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题和改进措施"),
    ("2.其他法律行政止公开", "2、其他法律行政法规禁止公开"),
    ("六、其他需要报告的事项", "六、其他需要说明的事项"),
]))
pt = open(seeds + "/html/pingtan-2025.html", encoding="utf-8").read()
open("pingtan-2025--wording.html", "w", encoding="utf-8").write(sub(pt, [
    ("2025年度政府信息公开工作年度报告", "2025年度政府信息公开年度报告"),
    ("二、主动公开政府信息情况", "二、主动公开情况"),
    ("（一）予以公开", "(一)予以公开"),
    ("四、结转下年度继续办理", "四、结转下一年度继续办理"),
]))
PY

# Word, as LibreOffice saves a page; and that Word file as a PDF.
for y in 2022 2025; do
  soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$tmp" "$seeds/html/pingtan-$y.html" >/dev/null
  cp "$tmp/pingtan-$y.docx" "pingtan-$y--libreoffice.docx"
done
soffice --headless --convert-to pdf --outdir "$tmp" "$tmp/pingtan-2022.docx" >/dev/null
pdftotext -layout "$tmp/pingtan-2022.pdf" pingtan-2022--libreoffice-pdf.txt

# PDF as Chromium prints a page: its pdftotext -layout text for every
# seed page, and one PDF itself (the smallest) for the PDF reader's test.
for y in 2021 2022 2023 2024 2025; do
  chrome --print-to-pdf="$tmp/pingtan-$y.pdf" "$seeds/html/pingtan-$y.html"
  pdftotext -layout "$tmp/pingtan-$y.pdf" "pingtan-$y--chromium-pdf.txt"
done
cp "$tmp/pingtan-2025.pdf" pingtan-2025--chromium.pdf

# A browser's copy of a page: what selecting all and copying gives is the
# page's innerText (table cells separated by tabs).
node - "$seeds" <<'JS'
const path = require('path');
const { chromium } = require(path.resolve('../../../../tests/browser/node_modules/playwright-core'));
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const p = await b.newPage();
  for (const y of ['2021', '2023']) {
    await p.goto('file://' + path.resolve(process.argv[2], `html/pingtan-${y}.html`));
    require('fs').writeFileSync(`pingtan-${y}--browser-copy.txt`, await p.evaluate(() => document.body.innerText));
  }
  await b.close();
})();
JS

# Text an OCR tool makes of a scanned report: Markdown tables under
# headers the tool made up ("列1"), characters misread in labels and in
# the organ's name, a zero read as the letter O.
python3 - "$seeds" <<'PY'
import sys, re, html
seeds = sys.argv[1]
page = open(seeds + "/html/pingtan-2023.html", encoding="utf-8").read()
start = page.index("article_title")
body = page[start:page.index("附件下载", start)]
body = body[body.index(">") + 1:]
out = []
def text(s):
    return re.sub(r"\s+", "", html.unescape(re.sub(r"<[^>]+>", "", s)))
pos = 0
for m in re.finditer(r"(?s)<table.*?</table>", body):
    for para in re.split(r"(?i)</p>|<br\s*/?>", body[pos:m.start()]):
        if text(para):
            out.append(text(para))
    rows = []
    for tr in re.findall(r"(?s)<tr.*?</tr>", m.group(0)):
        rows.append([text(td) for td in re.findall(r"(?s)<t[dh].*?</t[dh]>", tr)])
    width = max(len(r) for r in rows)
    out.append("| " + " | ".join("列%d" % (i + 1) for i in range(width)) + " |")
    out.append("|" + "---|" * width)
    for r in rows:
        out.append("| " + " | ".join(r) + " |")
    pos = m.end()
for para in re.split(r"(?i)</p>|<br\s*/?>", body[pos:]):
    if text(para):
        out.append(text(para))
ocr = "\n".join(out)
for a, b in [("予以公开", "予以公幵"), ("行政许可", "行政许叮"), ("国家秘密", "国家秘蜜"), ("| 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "| O | 0 | 0 | 0 | 0 | 0 | 0 |")]:
    ocr = ocr.replace(a, b, 1)
open("pingtan-2023--ocr-markdown.txt", "w", encoding="utf-8").write(ocr + "\n")
PY

# OCR of the printed page, as a scanned report is read back.
pdftoppm -r 200 -png "$tmp/pingtan-2024.pdf" "$tmp/page"
for img in "$tmp"/page-*.png; do tesseract "$img" stdout -l chi_sim --psm 6 2>/dev/null; done > pingtan-2024--ocr.txt
