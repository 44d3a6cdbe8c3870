package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/gongkai/gongkai/generator/importer"
	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/generator/scaffold"
)

var importCmd = &command{
	name:  "import",
	short: "把已发布的报告（PDF 文本、网页文本、HTML 网页）导入为 TOML + Markdown",
	usage: `
用法：gongkai import FILE [--org ORG] [--source DIR] [--force] [--acknowledge] [--cells ROW=a,b,…]

读取一份已发布的政府信息公开工作年度报告，写出
content/<机关>/<年度>.toml（三张法定表格）和 <年度>.md（六个部分的正文）。

FILE 可以是：
  - 从 PDF 提取的文本（如 pdftotext -layout 的输出）；
  - 网页的文字（表格单元格连在一起也可以：按表格自身的勾稽关系找出唯一的切分，
    有多种切分都符合时报错并列出，请核对原文后用 --cells 指定）；
  - 带 <table> 的 HTML 网页。

机关名称和年度取自报告标题；机关目录名用 --org 指定，不指定时按名称在
content/ 中查找（没有同名机关时必须指定 --org，会新建该机关）。

数字照录原文，从不更正：原文违反勾稽关系的，照样导入并列出问题；加
--acknowledge 把这些问题写为 [[acknowledged]]（原文如此）。原文空白或印作
“/”“—”的单元格记为 "/"；原文把一组只印成一行的（如“（六）其他处理”），
记为 subtotal。2019 年版格式（国办公开办函〔2019〕60号）的报告写为
format = "2019"。表格为图片的报告、无法读懂的表格都会报错（指出哪张表、
哪一行），不写任何文件。已有的报告不会被覆盖，除非加 --force。

示例：
  gongkai import 二七区2023年报.txt --org erqi-office
  gongkai import pingtan-2024.html --acknowledge
  gongkai import pingtan-2021.txt --cells active.normative_documents=69,3,665
  gongkai import report.txt --source ../district-portal --force

EXIT STATUS
  0  已导入，报告没有未确认的问题
  1  无法导入（输入无法读懂、报告已存在等），或已导入但有未确认的问题
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
	org := fs.String("org", "", "机关目录名（content/ 下的目录，如 erqi-office）")
	force := fs.Bool("force", false, "覆盖已有的报告")
	ack := fs.Bool("acknowledge", false, "把原文违反勾稽关系之处写为 [[acknowledged]]（原文如此）")
	cells := cellsFlag{}
	fs.Var(cells, "cells", "按原文指定连在一起的单元格的切分，如 active.normative_documents=69,3,665（可重复）")
	pos, code, ok := parse(fs, args, stdout)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return usageError(stderr, importCmd, "需要一个 FILE 参数（已发布报告的文本或网页）")
	}
	out, err := importer.ToSite(pos[0], importer.SiteOptions{
		Source: *source, Org: *org, Force: *force, Acknowledge: *ack, Cells: cells,
	})
	if err != nil {
		if importer.IsUsage(err) {
			return usageError(stderr, importCmd, "%v", err)
		}
		if errors.Is(err, scaffold.ErrExists) {
			fmt.Fprintf(stderr, "gongkai import: %v\n", err)
			return exitFindings
		}
		fmt.Fprintln(stderr, err)
		return exitFindings
	}
	fmt.Fprintln(stdout, out.Summary())
	for _, n := range out.Notes {
		fmt.Fprintln(stdout, "  "+n)
	}
	printFindings(stderr, out.Findings, true)
	if report.Blocking(out.Findings) {
		fmt.Fprintln(stderr, "报告如原文所印违反了上述规则：核对原文无误后，加 --acknowledge --force 重新导入，或在文件中写 [[acknowledged]]。")
		return exitFindings
	}
	return exitOK
}
