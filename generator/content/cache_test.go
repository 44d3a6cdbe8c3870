package content

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/sitetest"
)

// TestCacheEqualsLoad: after any change named to the cache, a cached load
// is what a fresh Load gives, and what did not change is not decoded
// again (the very same report values are reused).
func TestCacheEqualsLoad(t *testing.T) {
	report := func(y, n int) string { return sitetest.Report(y, n, 0, 0) }
	archive := "-- config.toml --\n" + sitetest.Config +
		"-- content/a/org.toml --\nname = \"甲局\"\n" +
		"-- content/a/2022.toml --\n" + report(2022, 10) + "-- content/a/2022.md --\n" + sitetest.Narrative +
		"-- content/a/2023.toml --\n" + report(2023, 10) + "-- content/a/2023.md --\n" + sitetest.Narrative +
		"-- content/b/org.toml --\nname = \"乙局\"\n" +
		"-- content/b/2023.toml --\n" + report(2023, 5) + "-- content/b/2023.md --\n" + sitetest.Narrative
	tests := []struct {
		name    string
		edit    func(dir string) []string
		same    []string // reports ("org/year") that must be reused
		changed []string // … that must be decoded again
	}{
		{"narrative", func(dir string) []string {
			write(t, dir, "content/a/2023.md", strings.Replace(sitetest.Narrative, "总体情况正文", "改过的正文", 1))
			return []string{"content/a/2023.md"}
		}, []string{"a/2022", "b/2023"}, []string{"a/2023"}},
		{"same size and time", func(dir string) []string {
			p := filepath.Join(dir, "content/a/2022.toml")
			info, _ := os.Stat(p)
			write(t, dir, "content/a/2022.toml", strings.Replace(report(2022, 10), "licensing  = 3", "licensing  = 4", 1))
			os.Chtimes(p, info.ModTime(), info.ModTime())
			return []string{"content/a/2022.toml"}
		}, []string{"a/2023", "b/2023"}, []string{"a/2022"}},
		{"carry-over broken by the earlier year", func(dir string) []string {
			write(t, dir, "content/a/2022.toml", sitetest.Report(2022, 10, 0, 2))
			return []string{"content/a/2022.toml"}
		}, []string{"a/2023", "b/2023"}, []string{"a/2022"}},
		{"organ removed", func(dir string) []string {
			os.RemoveAll(filepath.Join(dir, "content/b"))
			return []string{"content/b"}
		}, []string{"a/2022", "a/2023"}, nil},
		{"organ added", func(dir string) []string {
			sitetest.WriteFiles(t, dir, map[string]string{"content/c/org.toml": "name = \"甲局\"\n",
				"content/c/2023.toml": report(2023, 1), "content/c/2023.md": sitetest.Narrative})
			return []string{"content/c"}
		}, []string{"a/2022", "a/2023", "b/2023"}, nil},
		{"report broken", func(dir string) []string {
			write(t, dir, "content/b/2023.toml", "year = = 2023\n")
			return []string{"content/b/2023.toml"}
		}, []string{"a/2022", "a/2023"}, nil},
		{"overflow", func(dir string) []string {
			write(t, dir, "content/b/2023.md", "## 一、总体情况\n")
			return []string{"content"}
		}, []string{"a/2022", "a/2023"}, nil},
		{"config only", func(dir string) []string {
			return []string{"config.toml"}
		}, []string{"a/2022", "a/2023", "b/2023"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := sitetest.Write(t, archive)
			c := NewCache()
			before, err := c.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			c.Changed(tt.edit(dir))
			cached, err := c.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			fresh, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if tt.name == "carry-over broken by the earlier year" && !hasRule(cached, "carry-over") {
				t.Errorf("no carry-over finding: %v", cached.Findings)
			}
			if !reflect.DeepEqual(cached, fresh) {
				t.Errorf("cached load differs from a fresh one:\n%+v\n%+v", cached.Findings, fresh.Findings)
			}
			old, cur := reports(before), reports(cached)
			for _, id := range tt.same {
				if old[id] == nil || old[id] != cur[id] {
					t.Errorf("%s decoded again", id)
				}
			}
			for _, id := range tt.changed {
				if old[id] == cur[id] {
					t.Errorf("%s reused although its file changed", id)
				}
			}
		})
	}
}

func reports(s *Site) map[string]any {
	out := map[string]any{}
	for _, o := range s.Organs {
		for _, r := range o.Reports {
			out[r.ID()] = r
		}
	}
	return out
}

func write(t *testing.T, dir, rel, data string) {
	t.Helper()
	sitetest.WriteFiles(t, dir, map[string]string{rel: data})
}

func hasRule(s *Site, rule string) bool {
	for _, f := range s.Findings {
		if f.Rule == rule {
			return true
		}
	}
	return false
}
