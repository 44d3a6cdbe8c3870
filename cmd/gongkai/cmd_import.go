package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/importer"
	"github.com/gongkai/gongkai/generator/report"
)

var importCmd = &command{
	name:  "import",
	short: "把已发布的报告（Word、PDF、网页、文本）导入为 TOML + Markdown，可一次导入整个文件夹",
	usage: `
用法：gongkai import 文件或文件夹… [--source DIR] [--draft] [--acknowledge] [--force] [--dry-run]
      gongkai import 文件 [--org ORG] [--name 名称] [--year 年度] [--cells 行=数,数,…]

读取已发布的政府信息公开工作年度报告，写出 content/<机关>/<年度>.toml（三张法定
表格）和 <年度>.md（六个部分的正文）。按文件内容识别格式，不看扩展名：
  - Word 文档（.docx；旧版 .doc、.wps 请先另存为 .docx）；
  - PDF（用 poppler 的 pdftotext 读取文字，需安装 poppler-utils）；
  - 网页（任何编码：UTF-8、GBK、GB2312、GB18030，按网页声明或内容识别）；
  - 文本：从 PDF 提取的文字、浏览器复制的文字（单元格以制表符分隔）、
    网页文字（单元格连在一起也可以：按表格自身的勾稽关系找出唯一的切分）、
    含 Markdown 表格的文本、文字识别（OCR）的结果；UTF-8 或 GBK，
    记事本另存的 UTF-16 也可以。
给出文件夹时，导入其中所有文件（含子文件夹），一个文件失败不影响其他文件，
最后列出每个文件的结果。

机关名称和年度取自报告标题；content/ 中已有同名机关的，就导入到该机关。
新机关的目录名取自文件名（如 erqi-office-2023.pdf → erqi-office），文件名
没有拼音或英文时，请单独导入并用 --org 指定。

数字照录原文，从不更正：原文违反勾稽关系的，照样导入并列出问题；加
--acknowledge 把这些问题写为 [[acknowledged]]（原文如此）。原文空白或印作
“/”“—”的单元格记为 "/"；原文把一组只印成一行的，记为 subtotal。一份报告的
所有问题一次列出。无法确定的单元格（数字连在一起、有几种读法，或无法辨认）
默认不导入；加 --draft 则照样写入，这些单元格记为 "?"，gongkai check 会逐一
指出，人工对照原文填写后才能发布。已有的报告不会被覆盖，除非加 --force。

示例：
  gongkai import 二七区2023年报.pdf --org erqi-office
  gongkai import 历年年报/ --dry-run
  gongkai import 历年年报/ --draft
  gongkai import pingtan-2021.txt --cells active.normative_documents=69,3,665
  gongkai import 报告.txt --name 某某县人民政府 --year 2023 --org mouxian

退出状态
  0  全部导入，且没有未确认的问题
  1  有文件无法导入或需要处理，或已导入但有未确认的问题、待核的单元格
  2  用法错误（参数不对，或需要 --org）
`,
}

func init() {
	importCmd.run = runImport
	commands = append(commands, importCmd)
}

// cellsFlag collects repeated --cells ROW=a,b,… values.
type cellsFlag map[string][]string

func (c cellsFlag) String() string { return "" }

func (c cellsFlag) Set(v string) error {
	row, cells, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(row) == "" || strings.TrimSpace(cells) == "" {
		return fmt.Errorf("应写作 行=数,数,…（如 active.normative_documents=69,3,665），实为 %q", v)
	}
	c[strings.TrimSpace(row)] = strings.FieldsFunc(cells, func(r rune) bool { return r == ',' || r == '，' || r == '、' })
	return nil
}

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags(importCmd, stderr)
	source := fs.String("source", ".", "站点目录")
	org := fs.String("org", "", "机关目录名（content/ 下的目录，如 erqi-office；只用于单个文件）")
	name := fs.String("name", "", "机关名称，报告标题中没有时用（只用于单个文件）")
	year := fs.String("year", "", "年度，报告标题中没有时用（只用于单个文件）")
	force := fs.Bool("force", false, "覆盖已有的报告")
	ack := fs.Bool("acknowledge", false, "把原文违反勾稽关系之处写为 [[acknowledged]]（原文如此）")
	draft := fs.Bool("draft", false, "无法确定的单元格记为 \"?\" 照样写入，由人工核对填写")
	dry := fs.Bool("dry-run", false, "只读取和检查，不写任何文件")
	cells := cellsFlag{}
	fs.Var(cells, "cells", "按原文指定一行单元格的切分，如 active.normative_documents=69,3,665（可重复；只用于单个文件）")
	pos, code, ok := parse(fs, args, stdout)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		return usageError(stderr, importCmd, "需要一个 FILE 参数：已发布报告的文件，或存放报告的文件夹")
	}
	y := 0
	if *year != "" {
		n, ok := parseYear(*year)
		if !ok {
			return usageError(stderr, importCmd, "--year 应为四位数的年度，如 2023，实为 %q", *year)
		}
		if why := content.CheckYear(n); why != "" {
			return usageError(stderr, importCmd, "--year %s", why)
		}
		y = n
	}
	if err := content.CheckSite(*source); err != nil && !*dry {
		return usageError(stderr, importCmd, "%v", err)
	}
	files, unreadable, err := importer.Files(pos, *source)
	if err != nil {
		return usageError(stderr, importCmd, "%v", err)
	}
	if len(files) == 0 && len(unreadable) == 0 {
		return usageError(stderr, importCmd, "%s 中没有文件", strings.Join(pos, "、"))
	}
	opt := importer.SiteOptions{
		Source: *source, Org: *org, Name: *name, Year: y, Force: *force,
		Acknowledge: *ack, Draft: *draft, DryRun: *dry, Cells: cells,
	}
	if len(files) == 1 && len(pos) == 1 && files[0] == pos[0] && len(unreadable) == 0 {
		return importOne(files[0], opt, stdout, stderr)
	}
	if *org != "" || *name != "" || y != 0 || len(cells) > 0 {
		return usageError(stderr, importCmd, "--org、--name、--year、--cells 只能用于单个文件（一次导入多个文件时，它们会用到每一个文件上）")
	}
	return importMany(files, unreadable, opt, stdout, stderr)
}

// importOne imports one file and says everything about it.
func importOne(file string, opt importer.SiteOptions, stdout, stderr io.Writer) int {
	out, err := importer.ToSite(file, opt)
	if err != nil {
		switch {
		case importer.IsUsage(err):
			return usageError(stderr, importCmd, "%v", err)
		case errors.Is(err, content.ErrExists):
			fmt.Fprintf(stderr, "gongkai import: %v\n", err)
		default:
			fmt.Fprintln(stderr, err)
		}
		return exitFindings
	}
	fmt.Fprintln(stdout, out.Summary())
	for _, n := range out.Notes {
		fmt.Fprintln(stdout, "  "+report.ClipMessage(n))
	}
	printFindings(stderr, out.Findings, true)
	switch {
	case out.Unresolved() > 0:
		fmt.Fprintf(stderr, "有 %d 个单元格待核（记为 \"?\"）：请对照所发布的报告逐一填写，gongkai check 通过后才能发布。\n", out.Unresolved())
		return exitFindings
	case report.Blocking(out.Findings):
		fmt.Fprintln(stderr, "报告如原文所印违反了上述规则：核对原文无误后，加 --acknowledge --force 重新导入，或在文件中写 [[acknowledged]]。")
		return exitFindings
	}
	return exitOK
}

// importMany imports files one by one, with a progress line on a
// terminal, and closes with a table of what became of each.
func importMany(files []string, unreadable []importer.FileResult, opt importer.SiteOptions, stdout, stderr io.Writer) int {
	tty := terminal(stderr)
	progress := func(done, total int, file string) {
		if !tty {
			return
		}
		if file == "" {
			fmt.Fprint(stderr, "\r\033[K")
			return
		}
		fmt.Fprintf(stderr, "\r\033[K正在导入 %d/%d：%s", done+1, total, clip(filepath.Base(file), 40))
	}
	results := append(importer.Batch(files, opt, progress), unreadable...)
	counts := make([]int, 4)
	rows := [][]string{{"结果", "文件", "报告", "说明"}}
	for _, r := range results {
		counts[r.Status]++
		what := ""
		if r.Outcome != nil {
			what = fmt.Sprintf("%s %d", r.Outcome.Organ, r.Outcome.Year)
		}
		status := r.Status.String()
		if opt.DryRun && r.Err == nil {
			status = strings.Replace(status, "已导入", "可导入", 1)
		}
		rows = append(rows, []string{status, r.File, what, r.First()})
	}
	writeTable(stdout, rows)
	verb := "导入"
	if opt.DryRun {
		verb = "可导入（--dry-run，未写入）"
	}
	fmt.Fprintf(stdout, "\n共 %d 个文件：%s %d，已导入但有问题 %d，需要处理 %d，失败 %d。\n",
		len(results), verb, counts[importer.Imported], counts[importer.WithFindings], counts[importer.Attention], counts[importer.Failed])
	if counts[importer.Attention]+counts[importer.Failed]+counts[importer.WithFindings] > 0 {
		fmt.Fprintln(stdout, "单独导入某个文件（gongkai import 文件）可看到它的全部问题和处理办法。")
		return exitFindings
	}
	return exitOK
}

// writeTable writes rows in columns aligned by display width (a Chinese
// character takes two columns), the last column unpadded.
func writeTable(w io.Writer, rows [][]string) {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r[:len(r)-1] {
			widths[i] = max(widths[i], width(c))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-width(c)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// width is how many terminal columns s takes.
func width(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x1100 && (r <= 0x115F || r >= 0x2E80 && r <= 0xA4CF || r >= 0xAC00 && r <= 0xD7A3 || r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE4F || r >= 0xFF00 && r <= 0xFF60 || r >= 0xFFE0 && r <= 0xFFE6) {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
