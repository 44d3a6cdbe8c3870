package importer

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
)

// variantCases are the seeds as users' tools make them (testdata/variants,
// made by make.sh there): each must import to exactly the report in
// content/ that was transcribed from the published one.
var variantCases = []struct {
	file, golden string
	cells        map[string][]string
}{
	{"pingtan-2023--gbk.html", "pingtan/2023", nil},
	{"pingtan-2022--gb18030-undeclared.html", "pingtan/2022", nil},
	{"pingtan-2024--utf8-bom.html", "pingtan/2024", nil},
	{"erqi-2023--utf16.txt", "erqi-office/2023", nil},
	{"huaian-2024--gbk.txt", "huaian/2024", nil},
	{"hongze-2024--gb18030.txt", "hongze/2024", nil},
	{"erqi-2023--wording.txt", "erqi-office/2023", nil},
	{"hongze-2023--wording.txt", "hongze/2023", nil},
	{"pingtan-2025--wording.html", "pingtan/2025", nil},
	{"pingtan-2022--libreoffice.docx", "pingtan/2022", nil},
	{"pingtan-2025--libreoffice.docx", "pingtan/2025", nil},
	{"pingtan-2022--libreoffice-pdf.txt", "pingtan/2022", nil},
	{"pingtan-2021--chromium-pdf.txt", "pingtan/2021", nil},
	{"pingtan-2022--chromium-pdf.txt", "pingtan/2022", nil},
	{"pingtan-2023--chromium-pdf.txt", "pingtan/2023", nil},
	{"pingtan-2024--chromium-pdf.txt", "pingtan/2024", nil},
	{"pingtan-2025--chromium-pdf.txt", "pingtan/2025", nil},
	{"pingtan-2021--browser-copy.txt", "pingtan/2021", nil},
	{"pingtan-2023--browser-copy.txt", "pingtan/2023", nil},
	{"pingtan-2023--ocr-markdown.txt", "pingtan/2023", nil},
}

func TestVariantsMatchContent(t *testing.T) {
	for _, tc := range variantCases {
		t.Run(tc.file, func(t *testing.T) {
			res, err := Read(filepath.Join("testdata", "variants", tc.file), Options{Name: tc.file, Cells: tc.cells})
			if err != nil {
				t.Fatal(err)
			}
			compareWithContent(t, res, tc.golden)
		})
	}
}

// compareWithContent compares an import cell by cell with the report in
// content/, and its organ, year and date.
func compareWithContent(t *testing.T, res *Result, golden string) {
	t.Helper()
	file := filepath.Join("../../content", golden+".toml")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	want, fs := content.DecodeReport(file, string(src), res.Year)
	if len(fs) > 0 {
		t.Fatalf("golden: %v", fs)
	}
	got, fs := content.DecodeReport("imported.toml", content.EncodeReport(res.Report), res.Year)
	if len(fs) > 0 {
		t.Fatalf("imported report does not load: %v", fs)
	}
	for _, d := range diff(want, got) {
		t.Error(d)
	}
	if !strings.HasSuffix(golden, "/"+strconv.Itoa(res.Year)) {
		t.Errorf("year %d, want %s", res.Year, golden)
	}
	// The transcription's first line is the report's title.
	if title, _, _ := strings.Cut(string(src), "\n"); !strings.Contains(title, res.Organ) {
		t.Errorf("organ %q, title %q; the report is titled %s", res.Organ, res.Title, title)
	}
	if want.Published != "" && got.Published != want.Published {
		t.Errorf("published %q, want %q", got.Published, want.Published)
	}
}
