// Command gongkai builds government information-disclosure annual report
// portals: it checks reports written as TOML + Markdown and compiles them
// into an accessible static site with open data.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/gongkai/gongkai/internal/editdist"
)

// Exit statuses, the same for every command.
const (
	exitOK       = 0
	exitFindings = 1 // findings, or a failed build
	exitUsage    = 2
)

// command is one subcommand: its usage text and what it runs.
type command struct {
	name  string
	short string
	usage string
	run   func(args []string, stdout, stderr io.Writer) int
}

var commands []*command

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" && len(args) == 1 {
		mainUsage(stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	name := args[0]
	if name == "help" {
		name, args = args[1], []string{args[1], "--help"}
	}
	for _, c := range commands {
		if c.name == name {
			return c.run(args[1:], stdout, stderr)
		}
	}
	if name == "version" || name == "--version" {
		fmt.Fprintln(stdout, "gongkai", version())
		return exitOK
	}
	fmt.Fprintf(stderr, "gongkai: 未知命令 %q\n运行 gongkai --help 查看可用命令。\n", name)
	return exitUsage
}

func mainUsage(w io.Writer) {
	fmt.Fprint(w, `gongkai — 政府信息公开工作年度报告站点生成器

用法：
  gongkai <命令> [参数]

命令：
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.short)
	}
	fmt.Fprint(w, `
运行 gongkai <命令> --help 查看该命令的说明和示例。

退出状态
  0  成功
  1  检查发现问题，或构建失败
  2  用法错误
`)
}

// newFlags creates a flag set whose --help prints the command's usage.
func newFlags(c *command, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), strings.TrimLeft(c.usage, "\n"))
		fmt.Fprintln(fs.Output(), "\n参数：")
		printFlags(fs)
	}
	return fs
}

// printFlags lists fs's options as they are written on the command line
// (--name), in Chinese: the flag package's own list writes -name and
// "(default …)".
func printFlags(fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		value, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if value != "" {
			line += " " + map[string]string{"string": "值", "int": "整数", "duration": "时长", "value": "值"}[value]
			if strings.HasSuffix(line, " ") {
				line += value
			}
		}
		fmt.Fprintln(fs.Output(), line)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "0s" {
			usage += "（默认 " + f.DefValue + "）"
		}
		fmt.Fprintln(fs.Output(), "        "+usage)
	})
}

// parse parses flags that may stand before, between or after positional
// arguments (`gongkai new ORG YEAR --source DIR`), returning the
// positional ones. ok is false when the command should exit with code.
func parse(fs *flag.FlagSet, args []string, stdout io.Writer) (pos []string, code int, ok bool) {
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" {
			// Asked-for help goes to stdout, once; the flag package would
			// print it to stderr first.
			fs.SetOutput(stdout)
			fs.Usage()
			return nil, exitOK, false
		}
	}
	stderr := fs.Output()
	fs.SetOutput(io.Discard) // the flag package's own messages are English
	defer fs.SetOutput(stderr)
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(stdout)
				fs.Usage()
				return nil, exitOK, false
			}
			fmt.Fprintf(stderr, "gongkai %s: %s\n运行 gongkai %s --help 查看用法。\n", fs.Name(), flagError(fs, err), fs.Name())
			return nil, exitUsage, false
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, 0, true
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), 0, true
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func usageError(stderr io.Writer, c *command, format string, args ...any) int {
	fmt.Fprintf(stderr, "gongkai %s: %s\n运行 gongkai %s --help 查看用法。\n", c.name, fmt.Sprintf(format, args...), c.name)
	return exitUsage
}

// flagError words a flag package error in Chinese, suggesting the flag
// meant when one is misspelt.
func flagError(fs *flag.FlagSet, err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		bare := strings.TrimLeft(name, "-")
		out := "未知的选项 --" + bare
		if others := commandsWithFlag(bare); len(others) > 0 {
			out += "：它是 gongkai " + strings.Join(others, "、gongkai ") + " 的选项，不是 gongkai " + fs.Name() + " 的"
		} else if near := nearestFlag(fs, bare); near != "" {
			out += "（是否想写 --" + near + "？）"
		}
		return out
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		bare := strings.TrimLeft(name, "-")
		return "选项 --" + bare + " 需要一个值，如 --" + bare + " 值"
	}
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		value, flagPart, _ := strings.Cut(rest, " for flag ")
		name, why, _ := strings.Cut(flagPart, ": ")
		switch why {
		case "parse error":
			why = "应为整数"
		case "value out of range":
			why = "超出范围"
		}
		return fmt.Sprintf("选项 --%s 的值 %s 无效：%s", strings.TrimLeft(name, "-"), value, why)
	}
	if strings.HasPrefix(msg, "invalid boolean value") || strings.HasPrefix(msg, "invalid boolean flag") {
		return "开关选项只能写作 --名称 或 --名称=true / --名称=false（" + msg + "）"
	}
	return "参数有误：" + msg
}

// commandsWithFlag names the commands whose usage lists --name.
func commandsWithFlag(name string) []string {
	var names []string
	for _, c := range commands {
		for _, m := range usageFlag.FindAllStringSubmatch(c.usage, -1) {
			if m[1] == name {
				names = append(names, c.name)
				break
			}
		}
	}
	return names
}

// usageFlag finds the options a command's usage text lists.
var usageFlag = regexp.MustCompile(`--([a-z][a-z0-9-]*)`)

// nearestFlag returns the flag of fs whose name is nearest name, or "".
func nearestFlag(fs *flag.FlagSet, name string) string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return editdist.Nearest(name, names)
}
