package site

import (
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/gongkai/gongkai/generator/render"
	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// testReport is a report whose narrative has text in every section.
func testReport() *report.Report {
	return &report.Report{Narrative: report.Narrative{File: "content/x/2023.md",
		Sections: []string{"总体 *一*", "二", "三", "四", "五", "六"}}}
}

func TestNarrativesRenderOnceForTheirUsers(t *testing.T) {
	r := testReport()
	n := newNarratives(render.NewMarkdown(false))
	n.use(r)
	n.use(r)
	first, err := n.sections(r)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := render.NewMarkdown(false).Sections(r)
	if !slices.Equal(first, want) {
		t.Fatalf("sections = %q, want %q", first, want)
	}
	if n.of[r].all == nil {
		t.Fatal("released with a user left")
	}
	second, _ := n.sections(r)
	if &second[0] != &first[0] {
		t.Error("the second user got a new rendering, not the first's")
	}
	if n.of[r].all != nil {
		t.Error("sections 1–5 still held after the last user took them")
	}
	if h, _ := n.overview(r); h != want[0] {
		t.Errorf("overview after release = %q, want %q", h, want[0])
	}
	// An unexpected user is served all the same, from a new rendering.
	third, _ := n.sections(r)
	if !slices.Equal(third, want) || &third[0] == &first[0] {
		t.Errorf("sections after release = %q, want %q rendered again", third, want)
	}
}

func TestNarrativesOverviewFirst(t *testing.T) {
	r := testReport()
	n := newNarratives(render.NewMarkdown(false))
	n.use(r)
	h, err := n.overview(r)
	if err != nil || !strings.Contains(string(h), "<em>一</em>") {
		t.Fatalf("overview = %q, %v", h, err)
	}
	all, _ := n.sections(r)
	if all[0] != h || unsafe.StringData(string(all[0])) != unsafe.StringData(string(h)) || all[5] != "<p>六</p>\n" {
		t.Errorf("sections = %q, want the overview rendered for the feeds first", all)
	}
	// A report no job counted is rendered where asked, not refused.
	other := testReport()
	otherAll, err := n.sections(other)
	if err != nil || otherAll[1] != "<p>二</p>\n" {
		t.Errorf("sections of another report = %q, %v", otherAll, err)
	}
	if h, err := n.overview(other); err != nil || h != otherAll[0] {
		t.Errorf("overview of another report = %q, %v", h, err)
	}
	if len(n.of) != 1 {
		t.Errorf("%d entries, want only the counted report's", len(n.of))
	}
}

// Every counted user takes the narrative, so a build releases them all,
// whatever an incremental rebuild reuses.
func TestBuildReleasesNarratives(t *testing.T) {
	dir := sitetest.Write(t, twoYears())
	s, err := Load(Options{Source: dir})
	if err != nil {
		t.Fatal(err)
	}
	reuse := map[string]func(rel string) bool{
		"nothing":      nil,
		"report pages": func(rel string) bool { return strings.HasPrefix(rel, "demo/2022/index.html") },
		"report.json":  func(rel string) bool { return strings.HasPrefix(rel, "demo/2023/report.") },
		"everything":   func(string) bool { return true },
	}
	for name, fn := range reuse {
		b, err := newBuilder(s, Options{Source: dir, Reuse: fn}, NewMemSink())
		if err != nil {
			t.Fatal(err)
		}
		jobs, err := b.jobs()
		if err != nil {
			t.Fatal(err)
		}
		if err := run(jobs, nil); err != nil {
			t.Fatal(err)
		}
		if counted := len(b.narratives.of); name == "nothing" && counted != 2 || name == "everything" && counted != 0 {
			t.Errorf("reuse %s: %d reports counted", name, counted)
		}
		for _, r := range s.Organs[0].Reports {
			if x := b.narratives.of[r]; x != nil && (x.users != 0 || x.all != nil) {
				t.Errorf("reuse %s: %d: %d users left, sections held %v", name, r.Year, x.users, x.all != nil)
			}
		}
	}
}
