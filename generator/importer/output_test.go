package importer

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestOutputGolden pins the exact files an import writes (layout,
// comments naming each row, narrative) for one input of each kind.
// Run `go test ./generator/importer -run OutputGolden -update` after an
// intended change, and read the diff.
func TestOutputGolden(t *testing.T) {
	for _, tc := range []struct{ seed, name string }{
		{"text/erqi-district-office-2023.txt", "erqi-2023"},
		{"text/hongze-qzf-2023.txt", "hongze-2023"},
		{"html/pingtan-2024.html", "pingtan-2024"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Import(readSeed(t, tc.seed), Options{Name: tc.seed})
			if err != nil {
				t.Fatal(err)
			}
			files := map[string]string{
				tc.name + ".toml": content.EncodeReport(res.Report, res.Title),
				tc.name + ".md":   Markdown(res.Narrative),
			}
			for name, got := range files {
				path := filepath.Join("testdata", "golden", name)
				if *update {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run with -update to create it)", err)
				}
				if got != string(want) {
					t.Errorf("%s differs from the golden file; run with -update and review the diff:\n%s", name, got)
				}
			}
		})
	}
}
