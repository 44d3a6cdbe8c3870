package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/gongkai/gongkai/generator/serve"
	"github.com/gongkai/gongkai/internal/oserr"
)

var serveCmd = &command{
	name:  "serve",
	short: "在本机预览站点，修改后自动重新生成并刷新页面",
	usage: `
用法：gongkai serve [--source DIR] [--bind 127.0.0.1] [--port 1313] [--poll]

在内存中生成站点并在本机提供预览（不写入 public/），同时监视
config.toml、content/、layouts/、static/ 和 themes/：文件保存后自动
重新生成，打开的页面随即刷新。每次重新生成都会输出改了什么、用时
和核对结果。

内容有误（TOML 语法错误、勾稽关系不符等）时服务不会退出：每个页面
改为显示问题清单（文件:行号: 说明），修改保存后页面自动恢复。

预览只供本机使用。--bind 设为 127.0.0.1 以外的地址时，同一网络中的
其他人也能访问，请勿用预览代替正式发布（gongkai build）。预览只回应
以 localhost、IP 地址或 --bind 给出的主机名访问的请求，其他主机名一律
拒绝（403），以免其他网站借 DNS 重绑定读取预览。

示例：
  gongkai serve
  gongkai serve --source ../district-portal --port 8080
  gongkai serve --bind preview.example.lan   # 让同事以这个名称访问
  gongkai serve --poll          # 网络盘、WSL2 挂载目录等收不到文件变更通知时

按 Ctrl+C 停止。

退出状态
  0  按 Ctrl+C 正常停止
  1  无法启动（不是站点目录、端口被占用等）
  2  用法错误
`,
}

func init() {
	serveCmd.run = runServe
	commands = append(commands, serveCmd)
}

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags(serveCmd, stderr)
	source := fs.String("source", ".", "站点目录")
	bind := fs.String("bind", "127.0.0.1", "监听的地址")
	port := fs.Int("port", 1313, "监听的端口（0 表示任选一个空闲端口）")
	poll := fs.Bool("poll", false, "定时扫描文件，代替操作系统的变更通知")
	pos, code, ok := parse(fs, args, stdout)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(stderr, serveCmd, "多余的参数 %q", pos[0])
	}
	addr, name, err := listenAddr(*bind, *port)
	if err != nil {
		return usageError(stderr, serveCmd, "%v", err)
	}
	opts := serve.Options{Source: *source, Log: stdout}
	if name != "" {
		opts.Hosts = []string{name}
	}
	if *poll {
		opts.Poll = serve.DefaultPoll
	}
	srv, err := serve.New(opts)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitFindings
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintf(stderr, "gongkai serve: 无法在 %s 监听：%s；请用 --port 换一个端口（--port 0 任选空闲端口）或检查 --bind\n", addr, oserr.Reason(err))
		return exitFindings
	}
	if exposed(ln.Addr()) {
		fmt.Fprintf(stderr, "警告：监听 %s，不只本机可以访问这个预览；预览只供编写时查看，请勿对外提供。\n", *bind)
	}
	fmt.Fprintf(stdout, "预览地址：%s（按 Ctrl+C 停止）\n", browseURL(*bind, ln.Addr()))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := srv.Serve(ctx, ln); err != nil {
		fmt.Fprintln(stderr, "gongkai serve:", err)
		return exitFindings
	}
	fmt.Fprintln(stdout, "已停止预览。")
	return exitOK
}

// listenAddr validates --bind and --port. name is --bind when it is a
// host name rather than an IP address: requests addressed to it are
// then accepted besides loopback names and IP addresses.
func listenAddr(bind string, port int) (addr, name string, err error) {
	if port < 0 || port > 65535 {
		return "", "", fmt.Errorf("--port %d 不是有效端口（0–65535）", port)
	}
	if net.ParseIP(bind) == nil && bind != "localhost" {
		if !hostName(bind) {
			return "", "", fmt.Errorf("--bind %q 不是 IP 地址或主机名（如 127.0.0.1、0.0.0.0、::1、preview.example.lan）", bind)
		}
		name = bind
	}
	return net.JoinHostPort(bind, strconv.Itoa(port)), name, nil
}

// hostName reports whether s is a DNS host name: dot-separated labels of
// ASCII letters, digits and hyphens.
func hostName(s string) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	for _, label := range strings.Split(strings.TrimSuffix(s, "."), ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, c := range []byte(label) {
			if !(c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				return false
			}
		}
	}
	return true
}

// exposed reports whether a listener is reachable from other machines.
func exposed(a net.Addr) bool {
	t, ok := a.(*net.TCPAddr)
	return !ok || !t.IP.IsLoopback()
}

// browseURL is the address to open in a browser: the loopback address
// when listening on every interface.
func browseURL(bind string, a net.Addr) string {
	host := bind
	if ip := net.ParseIP(bind); ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	_, port, _ := net.SplitHostPort(a.String())
	return "http://" + net.JoinHostPort(host, port) + "/"
}
