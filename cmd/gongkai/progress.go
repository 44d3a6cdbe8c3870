package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/gongkai/gongkai/generator/site"
)

// progressDelay: a build shorter than this shows no progress at all, so
// that small sites and scripts see only the summary.
const progressDelay = time.Second

// showProgress redraws one status line on w every `every` once delay has
// passed, until the returned stop is called, which erases the line.
func showProgress(w io.Writer, p *site.Progress, delay, every time.Duration) (stop func()) {
	quit, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		select {
		case <-quit:
			return
		case <-time.After(delay):
		}
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			fmt.Fprint(w, "\r\033[K"+progressLine(p.Get()))
			select {
			case <-quit:
				fmt.Fprint(w, "\r\033[K")
				return
			case <-tick.C:
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(quit); <-finished }) }
}

func progressLine(done, total int) string {
	if total == 0 {
		return "正在读取并核对报告…"
	}
	return fmt.Sprintf("正在生成：%d/%d 个文件（%d%%）", done, total, done*100/total)
}

// terminal reports whether w is a terminal, where a redrawn status line
// makes sense; in a pipe or a log file it would be noise.
func terminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isTerminal(f.Fd())
}
