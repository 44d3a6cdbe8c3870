package site

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/gongkai/gongkai/internal/sitetest"
)

// TestBuildDeterministic builds the example portal twice, from copies at
// different paths into destinations at different paths, on one core and
// on all, under different SOURCE_DATE_EPOCH values: the outputs must be
// byte-identical, and no path, nor today's date, may appear in them. No
// page shows a build date; SOURCE_DATE_EPOCH must not change a byte.
func TestBuildDeterministic(t *testing.T) {
	var trees [2]map[string]string
	var dirs []string
	for i := range trees {
		src := filepath.Join(t.TempDir(), "site-"+string(rune('a'+i)))
		if err := os.CopyFS(filepath.Join(src, "content"), os.DirFS("../../content")); err != nil {
			t.Fatal(err)
		}
		cfg, err := os.ReadFile("../../config.toml")
		if err != nil {
			t.Fatal(err)
		}
		sitetest.WriteFiles(t, src, map[string]string{"config.toml": string(cfg)})
		dest := filepath.Join(t.TempDir(), "out-"+string(rune('a'+i)))
		t.Setenv("SOURCE_DATE_EPOCH", []string{"0", "1700000000"}[i])
		procs := runtime.GOMAXPROCS([]int{1, runtime.NumCPU()}[i])
		_, err = Build(Options{Source: src, Destination: dest})
		runtime.GOMAXPROCS(procs)
		if err != nil {
			t.Fatal(err)
		}
		trees[i] = sitetest.Tree(t, dest)
		dirs = append(dirs, src, dest)
	}
	if len(trees[0]) == 0 || !reflect.DeepEqual(trees[0], trees[1]) {
		for name, b := range trees[0] {
			if trees[1][name] != b {
				t.Errorf("%s differs between two builds", name)
			}
		}
		t.Fatalf("two builds differ (%d and %d files)", len(trees[0]), len(trees[1]))
	}
	home, _ := os.UserHomeDir()
	wd, _ := os.Getwd()
	leaks := append(dirs, os.TempDir(), home, wd, time.Now().Format("2006-01-02"), time.Now().Format("2006年1月2日"))
	for name, b := range trees[0] {
		for _, leak := range leaks {
			if leak != "" && leak != "/" && strings.Contains(b, leak) {
				t.Errorf("%s contains %q", name, leak)
			}
		}
	}
}
