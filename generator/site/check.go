package site

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/render"
	"github.com/gongkai/gongkai/generator/report"
)

// RuleLayout marks a problem of the theme or its layouts.
const RuleLayout = "layout"

// Check loads and checks a site as build would, and renders a sample of
// its pages without writing them, a page of every kind. A missing theme
// or a layout that does not parse or execute is then a finding of check,
// not a failure of build.
func Check(opts Options) (*content.Site, error) {
	s, err := Load(opts)
	if err != nil || report.Blocking(s.Findings) || len(s.Organs) == 0 {
		return s, err
	}
	if f, ok := checkLayouts(s, opts); !ok {
		s.Findings = append(s.Findings, f)
	}
	return s, nil
}

// checkLayouts renders the sample: the whole site of a few organs alone,
// the first and, for each format, the first that has a report in it (a
// layout may fail only on the 2019 tables), which has a page of every
// kind and costs what a few organs cost however large the portal. ok is
// false with the finding that says what failed.
//
// A site's own layouts are rendered for every organ instead: a layout
// can fail on one report's data alone ({{index .Sections 9}}, a year
// compared with eq), and only build would find it. The default theme's
// layouts are tested with this repository.
func checkLayouts(s *content.Site, opts Options) (report.Finding, bool) {
	theme, err := render.OpenTheme(s.Dir, s.Config.Theme)
	if err != nil {
		return layoutFinding(err), false
	}
	one := *s
	if theme.Pristine() {
		one.Organs = sampleOrgans(s.Organs)
	}
	opts.Progress, opts.Reuse, opts.Memo = nil, nil, nil
	if err := Render(&one, opts, discard{}, &Result{}); err != nil {
		return layoutFinding(err), false
	}
	return report.Finding{}, true
}

// sampleOrgans picks the first organ and the first with a report of each
// format, and of each other kind a page can show (a gap between years,
// an acknowledged finding).
func sampleOrgans(organs []*report.Organ) []*report.Organ {
	picked := []*report.Organ{organs[0]}
	seen := map[string]bool{}
	for _, o := range organs {
		var kinds []string
		for i, r := range o.Reports {
			kinds = append(kinds, "format "+r.Format)
			if len(r.Acknowledged) > 0 {
				kinds = append(kinds, "acknowledged")
			}
			if i > 0 && r.Year != o.Reports[i-1].Year+1 {
				kinds = append(kinds, "gap")
			}
		}
		for _, k := range kinds {
			if !seen[k] {
				seen[k] = true
				if o != picked[len(picked)-1] && o != organs[0] {
					picked = append(picked, o)
				}
			}
		}
	}
	return picked
}

// discard is a Sink that keeps nothing.
type discard struct{}

func (discard) Write(string, []byte) error { return nil }

// templateAt finds the file and line a template error names; layoutFile
// a layout file named anywhere in a message.
var (
	templateAt = regexp.MustCompile(`template: ?(layouts/[^:\s]+):(\d+)`)
	layoutFile = regexp.MustCompile(`layouts/[^\s:："]+\.html`)
)

// layoutFinding turns a theme or template error into a finding on the
// file it names, or on config.toml.
func layoutFinding(err error) report.Finding {
	msg := err.Error()
	f := report.Finding{File: "config.toml", Rule: RuleLayout}
	if m := templateAt.FindStringSubmatch(msg); m != nil {
		f.File = m[1]
		f.Line, _ = strconv.Atoi(m[2])
	} else if m := layoutFile.FindString(msg); m != "" {
		f.File = m
	}
	if f.File == "config.toml" {
		f.Message = strings.TrimPrefix(msg, "config.toml: ")
	} else {
		if !strings.HasPrefix(msg, "页面 /") {
			msg = "页面：" + msg
		}
		f.Message = "版式无法生成" + msg + "；请改正该版式文件，或删除它以使用主题自带的版式"
	}
	return f
}
