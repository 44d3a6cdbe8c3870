package main

import (
	"fmt"
	"io"

	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/generator/site"
)

var checkCmd = &command{
	name:  "check",
	short: "核对全部报告（勾稽关系等），不生成站点",
	usage: `
用法：gongkai check [--source DIR] [--notes] [--rules]

读取站点中的每一份报告，逐条核对国家格式规定的勾稽关系和数据规则，
每个问题输出一行：

  文件:行号: [规则] 说明（行、列名称，应为值，实为值）

已在报告中确认为“原文如此”的问题（[[acknowledged]]）标为 acknowledged，
不算失败。

示例：
  gongkai check
  gongkai check --source ../district-portal

退出状态
  0  没有问题
  1  发现问题（或站点无法读取）
  2  用法错误
`,
}

func init() {
	checkCmd.run = runCheck
	commands = append(commands, checkCmd)
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags(checkCmd, stderr)
	source := fs.String("source", ".", "站点目录")
	notes := fs.Bool("notes", false, "同时输出提示（如空白单元格无法核对）和已确认的问题")
	rules := fs.Bool("rules", false, "列出可在 [[acknowledged]] 中确认的规则及其说明，然后退出")
	pos, code, ok := parse(fs, args, stdout)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(stderr, checkCmd, "多余的参数 %q", pos[0])
	}
	if *rules {
		for _, r := range report.Rules {
			fmt.Fprintf(stdout, "%-15s %s\n", r.ID, r.Description)
		}
		return exitOK
	}
	return check(*source, *notes, stdout, stderr)
}

func check(source string, notes bool, stdout, stderr io.Writer) int {
	s, err := site.Check(site.Options{Source: source})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitFindings
	}
	printFindings(stderr, s.Findings, notes)
	reports := 0
	for _, o := range s.Organs {
		reports += len(o.Reports)
	}
	errs, acks := count(s.Findings)
	if errs > 0 {
		fmt.Fprintf(stderr, "%d 个问题（%d 个机关，%d 份报告）\n", errs, len(s.Organs), reports)
		return exitFindings
	}
	fmt.Fprintf(stdout, "检查通过：%d 个机关，%d 份报告", len(s.Organs), reports)
	if acks > 0 {
		fmt.Fprintf(stdout, "，%d 个已确认为原文如此的问题", acks)
	}
	fmt.Fprintln(stdout)
	return exitOK
}

// printFindings prints blocking findings, and notes and acknowledged ones
// when asked.
func printFindings(w io.Writer, fs []report.Finding, all bool) {
	for _, f := range fs {
		if f.Blocking() || all {
			fmt.Fprintln(w, f.String())
		}
	}
}

func count(fs []report.Finding) (errs, acks int) {
	for _, f := range fs {
		switch {
		case f.Blocking():
			errs++
		case f.Acknowledged:
			acks++
		}
	}
	return errs, acks
}
