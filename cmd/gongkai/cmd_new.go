package main

import (
	"errors"
	"fmt"
	"github.com/gongkai/gongkai/generator/content"
	"io"
	"strconv"

	"github.com/gongkai/gongkai/generator/scaffold"
)

var newCmd = &command{
	name:  "new",
	short: "新建一份空白报告（上年结转按上一年报告预填）",
	usage: `
用法：gongkai new ORG YEAR [--source DIR] [--name 机关名称] [--force]

在 content/ORG/ 下新建 YEAR.toml 和 YEAR.md：每一行都在、都为 0，每行有
中文注释说明是表格的哪一行；“二、上年结转政府信息公开申请数量”按上一年报告
的“四、结转下年度继续办理”填好；YEAR.md 有六个部分的二级标题。

ORG 是机关目录名（小写字母、数字和连字符）。新机关需用 --name 给出机关名称
（与报告上印的一致），会同时写出 org.toml。已有的报告不会被覆盖，除非加 --force。

示例：
  gongkai new erqi-office 2024
  gongkai new xinzheng 2024 --name 新郑市人民政府

退出状态
  0  已新建
  1  无法新建（报告已存在等）
  2  用法错误（参数不对，或新机关缺少 --name）
`,
}

func init() {
	newCmd.run = runNew
	commands = append(commands, newCmd)
}

func runNew(args []string, stdout, stderr io.Writer) int {
	fs := newFlags(newCmd, stderr)
	source := fs.String("source", ".", "站点目录")
	name := fs.String("name", "", "机关名称（新机关必填，写入 org.toml）")
	force := fs.Bool("force", false, "覆盖已有的报告")
	pos, code, ok := parse(fs, args, stdout)
	if !ok {
		return code
	}
	if len(pos) != 2 {
		return usageError(stderr, newCmd, "需要 ORG 和 YEAR 两个参数")
	}
	year, ok := parseYear(pos[1])
	if !ok {
		return usageError(stderr, newCmd, "YEAR 应为四位数的年份（如 2024），实为 %q", pos[1])
	}
	written, prev, err := scaffold.New(*source, pos[0], year, *name, *force)
	switch {
	case errors.Is(err, content.ErrNoOrgan), errors.Is(err, content.ErrSlug), errors.Is(err, content.ErrYear),
		errors.Is(err, content.ErrName), errors.Is(err, content.ErrNoSite):
		return usageError(stderr, newCmd, "%v", err)
	case err != nil:
		fmt.Fprintf(stderr, "gongkai new: %v\n", err)
		return exitFindings
	}
	for _, w := range written {
		fmt.Fprintln(stdout, "已新建", w)
	}
	if prev != nil {
		fmt.Fprintf(stdout, "上年结转已按 %s 的“四、结转下年度继续办理”填入。\n", prev.File)
	} else {
		fmt.Fprintf(stdout, "没有可用的 %d 年报告（不存在，或无法读取：gongkai check 会说明）：上年结转请按原文填写。\n", year-1)
	}
	return exitOK
}

// parseYear reads a year given on the command line: four ASCII digits,
// no sign ("+202" is not 202), no leading zero.
func parseYear(s string) (int, bool) {
	if len(s) != 4 || s[0] < '1' || s[0] > '9' {
		return 0, false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}
