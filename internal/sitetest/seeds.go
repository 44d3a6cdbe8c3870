package sitetest

import (
	"os"
	"path/filepath"
	"testing"
)

// Seeds returns the directory of the real published reports
// (shared/seeds, beside the repository), looked for in every directory
// above the test's, or in $GONGKAI_SEEDS. Tests that need them skip when
// they are not there.
func Seeds(t testing.TB) string {
	t.Helper()
	if dir := os.Getenv("GONGKAI_SEEDS"); dir != "" {
		return dir
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Skip(err)
	}
	for {
		candidate := filepath.Join(dir, "shared", "seeds")
		if info, err := os.Stat(candidate); err == nil && info.IsDir() {
			return candidate
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("shared/seeds not found above the test directory; set GONGKAI_SEEDS")
			return ""
		}
		dir = parent
	}
}
