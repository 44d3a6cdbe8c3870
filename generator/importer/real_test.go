package importer

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
)

// realReports are reports of 平潭's departments and areas as published on
// their portal (testdata/real, with README there), in both national
// formats: the page as the office's CMS made it, and what users' tools
// make of it (a browser's copy, the page printed to PDF, saved as Word).
// The page's tables are the truth: testdata/real/<name>.toml is the page
// imported and checked by hand against its tables; every other form must
// import to the same cells, organ, year and date.
var realReports = []struct {
	name string
	opt  Options
}{
	{"jinjing-2019", Options{}},
	{"jinjing-2020", Options{}},
	{"shehuishiye-2023", Options{}},
	{"xingzhengshenpi-2023", Options{}},
	// Titled 2023, published in January 2026, its figures for 2025: the
	// import refuses to guess, and --year says which.
	{"nongye-2025", Options{Year: 2025}},
	{"pingtan-2019", Options{}},
}

func TestRealReports(t *testing.T) {
	for _, rr := range realReports {
		golden := filepath.Join("testdata", "real", rr.name+".toml")
		forms, _ := filepath.Glob(filepath.Join("testdata", "real", rr.name+"*"))
		for _, form := range forms {
			if strings.HasSuffix(form, ".toml") {
				continue
			}
			t.Run(filepath.Base(form), func(t *testing.T) {
				opt := rr.opt
				opt.Name = filepath.Base(form)
				res, err := Read(form, opt)
				if err != nil {
					t.Fatal(err)
				}
				got := content.EncodeReport(res.Report, res.Title)
				if strings.HasSuffix(form, ".html") && *update {
					if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				src, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run with -update to make it from the page, then check it against the page's tables)", err)
				}
				want, fs := content.DecodeReport(golden, string(src), res.Year)
				if len(fs) > 0 {
					t.Fatalf("golden: %v", fs)
				}
				// A page may title a report "2019年度…" over a text that
				// titles itself "2019年…": the organ and year must agree.
				if title, _, _ := strings.Cut(string(src), "\n"); !strings.HasPrefix(title, "# "+res.Organ) || rr.opt.Year == 0 && !strings.Contains(title, strconv.Itoa(res.Year)) {
					t.Errorf("organ %q, year %d; want those of %q", res.Organ, res.Year, title)
				}
				decoded, _ := content.DecodeReport("imported.toml", got, res.Year)
				for _, d := range diff(want, decoded) {
					t.Error(d)
				}
				if want.Published != "" && decoded.Published != want.Published {
					t.Errorf("published %q, want %q", decoded.Published, want.Published)
				}
			})
		}
	}
}

// TestRealYearContradicted: a page titled with one year over figures of
// another is not imported without --year.
func TestRealYearContradicted(t *testing.T) {
	_, err := Read(filepath.Join("testdata", "real", "nongye-2025.html"), Options{Name: "n.html"})
	if err == nil || !strings.Contains(err.Error(), "标题中的年度是 2023 年，但正文说数据的统计期限是 2025 年") || !strings.Contains(err.Error(), "--year") {
		t.Errorf("err = %v", err)
	}
}
