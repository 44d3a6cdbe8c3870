package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/gongkai/gongkai/generator/site"
	"github.com/gongkai/gongkai/internal/sitetest"
)

func TestProgressLine(t *testing.T) {
	for _, tc := range []struct {
		done, total int
		want        string
	}{
		{0, 0, "正在读取并核对报告…"},
		{0, 200, "正在生成：0/200 个文件（0%）"},
		{50, 200, "正在生成：50/200 个文件（25%）"},
		{200, 200, "正在生成：200/200 个文件（100%）"},
	} {
		if got := progressLine(tc.done, tc.total); got != tc.want {
			t.Errorf("progressLine(%d, %d) = %q, want %q", tc.done, tc.total, got, tc.want)
		}
	}
}

// A build that ends before the delay prints nothing; a longer one draws
// its status line and erases it when it ends.
func TestShowProgress(t *testing.T) {
	var quiet sitetest.SyncBuffer
	showProgress(&quiet, &site.Progress{}, time.Hour, time.Millisecond)()
	if quiet.String() != "" {
		t.Errorf("short build printed %q", quiet.String())
	}

	var out sitetest.SyncBuffer
	stop := showProgress(&out, &site.Progress{}, 0, time.Millisecond)
	for !strings.Contains(out.String(), "正在读取并核对报告") {
		time.Sleep(time.Millisecond) // waits for the goroutine, asserts no duration
	}
	stop()
	stop() // stopping twice is harmless
	if got := out.String(); !strings.HasSuffix(got, "\r\033[K") {
		t.Errorf("status line not erased at the end: %q", got)
	}
}

func TestNotATerminal(t *testing.T) {
	if terminal(&bytes.Buffer{}) {
		t.Error("a buffer is not a terminal")
	}
}
