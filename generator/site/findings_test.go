package site

import (
	"reflect"
	"testing"

	"github.com/gongkai/gongkai/generator/report"
)

func TestFindingIndex(t *testing.T) {
	fs := []report.Finding{
		{File: "content/a/2023.md", Line: 3},
		{File: "content/a/2023.toml", Line: 1},
		{File: "content/b/2023.toml", Line: 2},
		{File: "content/a/2023.md", Line: 9},
		{File: "content/a/2023.toml", Line: 20},
	}
	r := &report.Report{File: "content/a/2023.toml", Narrative: report.Narrative{File: "content/a/2023.md"}}
	got := indexFindings(fs).of(r)
	want := []report.Finding{fs[0], fs[1], fs[3], fs[4]}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	none := &report.Report{File: "content/c/2023.toml", Narrative: report.Narrative{File: "content/c/2023.md"}}
	if got := indexFindings(fs).of(none); len(got) != 0 {
		t.Errorf("findings of a report without any: %v", got)
	}
}
