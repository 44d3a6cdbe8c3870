package opendata

import (
	"testing"

	"github.com/gongkai/gongkai/generator/report"
)

// rowWithTotal is a 7-cell row whose 总计 is total (blank when total < 0).
func rowWithTotal(total int64) report.Row {
	cells := make([]report.Cell, len(report.ApplicantColumns))
	cells[len(cells)-1] = report.Cell{N: total, Blank: total < 0}
	return report.Row{Cells: cells, Known: true}
}

func TestIndicators(t *testing.T) {
	for _, tc := range []struct {
		name                      string
		disclosed, partial, total int64
		want                      any
	}{
		{"typical", 78, 0, 97, "0.8041"},
		{"all disclosed", 5, 5, 10, "1"},
		{"zero denominator", 0, 0, 0, nil},
		{"blank total", 1, 0, -1, nil},
		{"blank disclosed", -1, 0, 3, nil},
		{"thirds round", 1, 0, 3, "0.3333"},
	} {
		r := &report.Report{Applications: make([]report.Row, len(report.ApplicationRows))}
		r.Applications[report.ApplicationIndex("applications.results.disclosed")] = rowWithTotal(tc.disclosed)
		r.Applications[report.ApplicationIndex("applications.results.partially_disclosed")] = rowWithTotal(tc.partial)
		r.Applications[report.ApplicationIndex("applications.results.total")] = rowWithTotal(tc.total)
		got, _ := Indicators(r).Get("disclosure_rate")
		if got == nil || tc.want == nil {
			if got != tc.want {
				t.Errorf("%s: disclosure_rate = %v, want %v", tc.name, got, tc.want)
			}
			continue
		}
		if s := got.(interface{ String() string }).String(); s != tc.want {
			t.Errorf("%s: disclosure_rate = %s, want %s", tc.name, s, tc.want)
		}
	}
}
