package content

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/report"
)

// TestEncodeRoundTrip encodes every report of the example portal and
// decodes it again: the data must survive unchanged and the file must
// load without findings.
func TestEncodeRoundTrip(t *testing.T) {
	files, err := filepath.Glob("../../content/*/[0-9][0-9][0-9][0-9].toml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no reports found: %v", err)
	}
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			year, _ := strconv.Atoi(strings.TrimSuffix(filepath.Base(f), ".toml"))
			want, fs := DecodeReport("a.toml", string(src), year)
			if len(fs) > 0 {
				t.Fatalf("decoding original: %v", fs)
			}
			out := EncodeReport(want, "标题", "来源")
			got, fs := DecodeReport("a.toml", out, year)
			if len(fs) > 0 {
				t.Fatalf("decoding encoded: %v\n%s", fs, out)
			}
			if !sameData(want, got) {
				t.Errorf("round trip changed the data:\n%s", out)
			}
		})
	}
}

func TestEncodeBlankAndSubtotal(t *testing.T) {
	r := &report.Report{Year: 2024, Format: "2021", Published: "2025-01-02"}
	r.Applications = make([]report.Row, len(report.ApplicationRows))
	r.Applications[0] = report.Row{Known: true, Cells: []report.Cell{{N: 20}, {Blank: true}, {}, {}, {}, {N: 1}, {N: 21}}}
	r.Subtotals = make([]*report.Row, len(report.ResultGroups))
	r.Subtotals[3] = &report.Row{Known: true, Cells: make([]report.Cell, 7)}
	r.Active.Fees = report.Decimal{Blank: true}
	r.Acknowledged = []report.Acknowledgement{{Rule: "balance", Row: "applications", Note: `原文如此："引号"`}}
	out := EncodeReport(r)
	for _, want := range []string{
		`new             = [20, "/", 0, 0, 0, 1, 21]`,
		"subtotal = [0, 0, 0, 0, 0, 0, 0]",
		`fees       = "/"`,
		"published = 2025-01-02",
		`note = "原文如此：\"引号\""`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	got, fs := DecodeReport("a.toml", out, 2024)
	for _, f := range fs {
		t.Errorf("finding: %v", f)
	}
	if got != nil && (!got.Applications[0].Cells[1].Blank || got.Subtotal("other") == nil || !got.Active.Fees.Blank) {
		t.Errorf("blank cell or subtotal lost: %+v", got.Applications[0])
	}
}

// sameData compares what a report says, ignoring where it was read from.
func sameData(a, b *report.Report) bool {
	strip := func(r *report.Report) report.Report {
		c := *r
		c.File, c.TablesLine, c.Narrative = "", nil, report.Narrative{}
		c.Active.Line, c.Active.FeesLine, c.Active.DecisionLines = 0, 0, nil
		c.Active.Documents = noLines(c.Active.Documents)
		c.Applications = noLines(c.Applications)
		c.Appeals = noLines(c.Appeals)
		if c.Active2019 != nil {
			a := *c.Active2019
			a.Line, a.Procurement.Line, a.Rows = 0, 0, noLines(a.Rows)
			c.Active2019 = &a
		}
		var subs []*report.Row
		for _, s := range c.Subtotals {
			if s != nil {
				x := *s
				x.Line = 0
				s = &x
			}
			subs = append(subs, s)
		}
		c.Subtotals = subs
		var acks []report.Acknowledgement
		for _, a := range c.Acknowledged {
			a.Line = 0
			acks = append(acks, a)
		}
		c.Acknowledged = acks
		return c
	}
	return reflect.DeepEqual(strip(a), strip(b))
}

func noLines(rows []report.Row) []report.Row {
	out := make([]report.Row, len(rows))
	for i, r := range rows {
		r.Line = 0
		out[i] = r
	}
	return out
}
