package importer

import (
	"flag"
	"github.com/gongkai/gongkai/internal/sitetest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestOutputGolden pins the exact files an import writes (layout,
// comments naming each row, notes, narrative) for one input of each kind.
// Run `go test ./generator/importer -run OutputGolden -update` after an
// intended change, and read the diff.
func TestOutputGolden(t *testing.T) {
	for _, tc := range []struct{ seed, name string }{
		{"text/erqi-district-office-2023.txt", "erqi-2023"},              // PDF text, no layout
		{"text/hongze-qzf-2023.txt", "hongze-2023"},                      // PDF text with its layout
		{"html/pingtan-2024.html", "pingtan-2024"},                       // a web page
		{"text/pingtan-2023.txt", "pingtan-2023-web-text"},               // a web page's text, run together
		{"variants/pingtan-2025--libreoffice.docx", "pingtan-2025-docx"}, // Word
		{"variants/pingtan-2025--chromium.pdf", "pingtan-2025-pdf"},      // PDF
		{"variants/pingtan-2021--browser-copy.txt", "pingtan-2021-browser-copy"},
		{"real/kewei-2024.txt", "kewei-2024"}, // a department's own structure, tables in an appendix
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join("testdata", tc.seed)
			if strings.HasPrefix(tc.seed, "text/") || strings.HasPrefix(tc.seed, "html/") {
				path = filepath.Join(sitetest.Seeds(t), tc.seed)
			}
			if strings.HasSuffix(path, ".pdf") {
				sitetest.NeedPDFTool(t)
			}
			opt := Options{Name: filepath.Base(tc.seed)}
			if tc.name == "pingtan-2023-web-text" {
				opt.Cells = map[string][]string{"active.normative_documents": {"77", "132", "470"}}
			}
			res, err := Read(path, opt)
			if err != nil {
				t.Fatal(err)
			}
			files := map[string]string{
				tc.name + ".toml":  content.EncodeReport(res.Report, res.Title),
				tc.name + ".md":    Markdown(res.Narrative),
				tc.name + ".notes": strings.Join(append([]string{res.Kind}, res.Notes...), "\n") + "\n",
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
