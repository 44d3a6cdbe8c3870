package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"

	"github.com/gongkai/gongkai/generator/site"
)

var buildCmd = &command{
	name:  "build",
	short: "核对报告并生成站点（默认写入 public/）",
	usage: `
用法：gongkai build [--source DIR] [--destination DIR] [--base-url URL]

先核对全部报告（同 gongkai check），全部通过后生成静态站点。
站点先写入目标目录旁的临时目录，完成后整体替换目标目录：
构建失败时，原有站点保持不变；内容中删除的报告也会从站点中消失。

示例：
  gongkai build
  gongkai build --base-url https://www.example.gov.cn/nianbao/
  gongkai build --source ../district-portal --destination /srv/www/nianbao

退出状态
  0  构建成功
  1  检查发现问题（未发布），或构建失败
  2  用法错误
`,
}

func init() {
	buildCmd.run = runBuild
	commands = append(commands, buildCmd)
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags(buildCmd, stderr)
	var opts site.Options
	fs.StringVar(&opts.Source, "source", ".", "站点目录")
	fs.StringVar(&opts.Destination, "destination", "", "输出目录（默认 <source>/public）")
	fs.StringVar(&opts.BaseURL, "base-url", "", "站点的绝对地址，覆盖 config.toml 的 base_url")
	pos, code, ok := parse(fs, args, stdout)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(stderr, buildCmd, "多余的参数 %q", pos[0])
	}
	defer tuneGC()()
	stop := func() {}
	if terminal(stderr) {
		opts.Progress = &site.Progress{}
		stop = showProgress(stderr, opts.Progress, progressDelay, 100*time.Millisecond)
	}
	res, err := site.Build(opts)
	stop()
	if res != nil {
		printFindings(stderr, res.Findings, false)
	}
	if errors.Is(err, site.ErrFindings) {
		errs, _ := count(res.Findings)
		fmt.Fprintf(stderr, "%d 个问题：%s。请修改后重试（gongkai check 可单独核对）。\n", errs, err)
		return exitFindings
	}
	if err != nil {
		fmt.Fprintln(stderr, "gongkai build:", err)
		return exitFindings
	}
	fmt.Fprintf(stdout, "已生成 %d 个机关的 %d 份报告：%d 个页面，%d 个文件，%s，用时 %s\n",
		len(res.Site.Organs), res.Reports, res.Pages, res.Files, humanBytes(res.Bytes), res.Duration.Round(1e6))
	return exitOK
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// tuneGC lets a build's heap grow to three times what it keeps alive
// (GOGC=200) while that stays under buildMemory: a build allocates
// millions of short-lived cells and strings, and collecting half as
// often saved a tenth of a 10,000-report build (docs/performance.md).
// Once the live heap is more than half of buildMemory, the limit would
// make the collector run more often than Go's default, so the default
// (GOGC=100, no limit) is restored for the rest of the build. A user's
// GOGC or GOMEMLIMIT is left as it is. The returned stop puts the
// settings back as they were.
func tuneGC() (stop func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(200)
	limit := debug.SetMemoryLimit(buildMemory)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				metrics.Read(sample)
				if sample[0].Value.Kind() == metrics.KindUint64 && 2*int64(sample[0].Value.Uint64()) > buildMemory {
					debug.SetGCPercent(percent)
					debug.SetMemoryLimit(limit)
					return
				}
			}
		}
	}()
	return func() {
		close(done)
		wg.Wait()
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

// buildMemory is the heap a build may grow to before collecting more
// often than GOGC=200 says: the 10,000-report portal keeps some 200 MB
// alive.
const buildMemory = 480 << 20
