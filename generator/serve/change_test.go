package serve

import (
	"reflect"
	"testing"
)

func TestRelevant(t *testing.T) {
	tests := []struct {
		path string
		want bool
	}{
		{"config.toml", true},
		{"content", true},
		{"content/a/2023.toml", true},
		{"layouts/partials/table.html", true},
		{"static/logo.svg", true},
		{"themes/gov/layouts/base.html", true},
		{"public/index.html", false},
		{".git/index", false},
		{"notes.txt", false},
		{"content/a/.2023.toml.swp", false},
		{"content/a/.2023.toml.swx", false},
		{"content/a/2023.toml~", false},
		{"content/a/4913", false},
		{"content/a/.#2023.md", false},
		{"content/a/2023.md.tmp", false},
		{"content/.DS_Store", false},
		{"content/a/2023.toml___jb_tmp___", false},
		{"content/.git/HEAD", false},
		{"content/_drafts/2023.toml", false},
		{"static/.well-known/security.txt", true},
	}
	for _, tt := range tests {
		if got := relevant(tt.path); got != tt.want {
			t.Errorf("relevant(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

func TestQueueMerges(t *testing.T) {
	var q queue
	q.add([]Change{{"content/a/2023.md", Created}, {"content/a/2022.md", Modified}, {"content/a/x.tmp2", Created}})
	q.add([]Change{{"content/a/2023.md", Modified}, {"content/a/x.tmp2", Removed}, {"content/a/2022.md", Removed}})
	want := []Change{{"content/a/2022.md", Removed}, {"content/a/2023.md", Created}}
	if got := q.batch(); !reflect.DeepEqual(got, want) {
		t.Errorf("merged batch = %v, want %v", got, want)
	}
	if ch, _ := q.offer(make(chan []Change)); ch == nil {
		t.Error("offer: nil channel with changes queued")
	}
	q.clear()
	if ch, _ := q.offer(make(chan []Change)); ch != nil {
		t.Error("offer: channel with nothing queued")
	}
}

func TestScopeOf(t *testing.T) {
	tests := []struct {
		path    string
		full    bool
		organ   string
		report  string
		reportY int
	}{
		{path: "config.toml", full: true},
		{path: "layouts/report.html", full: true},
		{path: "static/x.css", full: true},
		{path: "themes/gov/layouts/base.html", full: true},
		{path: "content", full: true},
		{path: "content/a", organ: "a"},
		{path: "content/a/org.toml", organ: "a"},
		{path: "content/a/notes.txt", organ: "a"},
		{path: "content/a/2023.toml", report: "a", reportY: 2023},
		{path: "content/a/2023.md", report: "a", reportY: 2023},
	}
	for _, tt := range tests {
		s := scopeOf([]Change{{tt.path, Modified}})
		if s.full != tt.full || tt.organ != "" && !s.organs[tt.organ] || tt.report != "" && !s.reports[tt.report][tt.reportY] {
			t.Errorf("scopeOf(%q) = %+v", tt.path, s)
		}
	}
}

func TestAllowedHost(t *testing.T) {
	for host, want := range map[string]bool{
		"":                     true,
		"127.0.0.1:8080":       true,
		"[fe80::1%eth0]:80":    true,
		"[fe80::1%25eth0]":     true,
		"127.0.0.1%x":          false,
		"127.0.0.1%x:80":       false,
		"[::ffff:127.0.0.1%x]": false,
		"[fe80::1%]":           false,
		"localhost%x":          false,
		"preview.lan":          true,
		"attacker.example":     false,
	} {
		if got := allowedHost(host, []string{"preview.lan"}); got != want {
			t.Errorf("allowedHost(%q) = %v, want %v", host, got, want)
		}
	}
}
