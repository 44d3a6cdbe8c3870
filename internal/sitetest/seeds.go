package sitetest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Seeds returns the directory of the real published reports
// (shared/seeds, beside the repository), looked for in every directory
// above the test's, or in $GONGKAI_SEEDS. A test that needs them fails
// when they are not there: a suite that passes by not running its tests
// on real reports proves nothing.
func Seeds(t testing.TB) string {
	t.Helper()
	if dir := os.Getenv("GONGKAI_SEEDS"); dir != "" {
		return dir
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		candidate := filepath.Join(dir, "shared", "seeds")
		if info, err := os.Stat(candidate); err == nil && info.IsDir() {
			return candidate
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("shared/seeds (the real published reports these tests read) not found above the test directory; check it out beside the repository or set GONGKAI_SEEDS")
			return ""
		}
		dir = parent
	}
}

// NeedPDFTool skips a test that reads a PDF on a machine without poppler's
// pdftotext, saying so; CI installs poppler-utils, so there it fails.
func NeedPDFTool(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext is missing: CI must install poppler-utils (.ci/run)")
		}
		t.Skip("pdftotext not installed (Debian: apt-get install poppler-utils); skipping a test that reads a PDF")
	}
}
