package report

import (
	"strings"
	"testing"
)

// valid returns a report whose every rule holds: 10 applications from
// natural persons, 2 carried over, 9 disclosed, 1 not held, 2 carried
// forward; one 行政复议 upheld.
func valid() *Report {
	r := &Report{Org: "o", Year: 2023, Format: "2021", File: "content/o/2023.toml"}
	r.Applications = make([]Row, len(ApplicationRows))
	for i := range ApplicationRows {
		r.Applications[i] = row7(0, i+10)
	}
	set := func(path string, n int64) {
		r.Applications[ApplicationIndex(path)] = row7(n, ApplicationIndex(path)+10)
	}
	set("applications.new", 10)
	set("applications.carried_over", 2)
	set("applications.results.disclosed", 9)
	set("applications.results.unavailable.not_held", 1)
	set("applications.results.total", 10)
	set("applications.carried_forward", 2)
	r.Subtotals = make([]*Row, len(ResultGroups))
	r.Appeals = []Row{row5(1, 0, 0, 0, 1), row5(0, 0, 0, 0, 0), row5(0, 0, 0, 0, 0)}
	return r
}

// row7 is a row with n in the 自然人 column and the matching 总计.
func row7(n int64, line int) Row {
	return Row{Known: true, Line: line, Cells: []Cell{{N: n}, {}, {}, {}, {}, {}, {N: n}}}
}

func row5(c ...int64) Row {
	r := Row{Known: true, Line: 60}
	for _, n := range c {
		r.Cells = append(r.Cells, Cell{N: n})
	}
	return r
}

func TestRules(t *testing.T) {
	idx := ApplicationIndex
	tests := []struct {
		name   string
		edit   func(r *Report)
		rule   string // "" when the report must pass
		row    string
		note   bool   // the finding is a note, not an error
		substr string // must appear in the message
	}{
		{name: "valid report passes", edit: func(*Report) {}},
		{name: "row total differs from its cells", rule: RuleRowTotal, row: "applications.results.disclosed",
			edit:   func(r *Report) { r.Applications[idx("applications.results.disclosed")].Cells[6].N = 8 },
			substr: "（一）予以公开 · 总计：应为 9（自然人至其他之和），实为 8"},
		{name: "row total with a blank cell is a note", rule: RuleRowTotal, row: "applications.results.partially_disclosed", note: true,
			edit:   func(r *Report) { r.Applications[idx("applications.results.partially_disclosed")].Cells[2].Blank = true },
			substr: "无法核对"},
		{name: "appeals total", rule: RuleAppealsTotal, row: "appeals.review",
			edit:   func(r *Report) { r.Appeals[0].Cells[4].N = 0 },
			substr: "行政复议 · 总计：应为 1（结果维持至尚未审结之和），实为 0"},
		{name: "results total per column", rule: RuleResultsTotal, row: "applications.results.total",
			edit: func(r *Report) {
				r.Applications[idx("applications.results.withheld.state_secret")] = Row{Known: true, Line: 30, Cells: []Cell{{}, {N: 1}, {}, {}, {}, {}, {N: 1}}}
			},
			substr: "（七）总计 · 商业企业：应为 1（（一）至（六）各项之和），实为 0"},
		{name: "results total uses a printed subtotal", rule: RuleResultsTotal, row: "applications.results.total",
			edit: func(r *Report) {
				sub := row7(3, 40)
				r.Subtotals[3] = &sub
			},
			substr: "自然人：应为 13"},
		{name: "balance", rule: RuleBalance, row: "applications",
			edit:   func(r *Report) { r.Applications[idx("applications.carried_forward")] = row7(5, 35) },
			substr: "一、本年新收 10 + 二、上年结转 2 = 12，三、（七）总计 10 + 四、结转下年度继续办理 5 = 15"},
		{name: "balance with blanks is a note", rule: RuleBalance, row: "applications", note: true,
			edit: func(r *Report) { r.Applications[idx("applications.new")].Cells[3].Blank = true }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := valid()
			tt.edit(r)
			fs := CheckOrgan([]*Report{r})
			var got []Finding
			for _, f := range fs {
				if tt.rule == "" || f.Rule == tt.rule {
					got = append(got, f)
				}
			}
			if tt.rule == "" {
				if len(fs) != 0 {
					t.Fatalf("want no findings, got %v", fs)
				}
				return
			}
			if len(got) == 0 {
				t.Fatalf("want a %s finding, got %v", tt.rule, fs)
			}
			f := got[0]
			if f.Row != tt.row || (f.Severity == Note) != tt.note || !strings.Contains(f.Message, tt.substr) {
				t.Errorf("finding = %+v\nwant row %q, note %v, message containing %q", f, tt.row, tt.note, tt.substr)
			}
			if f.Line == 0 || !strings.HasPrefix(f.String(), r.File+":") {
				t.Errorf("finding %q does not name file and line", f.String())
			}
		})
	}
}

func TestCarryOver(t *testing.T) {
	prev, cur := valid(), valid()
	prev.Year, prev.File = 2022, "content/o/2022.toml"
	if fs := CheckOrgan([]*Report{prev, cur}); len(fs) != 0 {
		t.Fatalf("matching carry-over: want no findings, got %v", fs)
	}
	prev.Applications[ApplicationIndex("applications.carried_forward")] = row7(3, 35)
	prev.Applications[ApplicationIndex("applications.results.total")] = row7(9, 34)
	prev.Applications[ApplicationIndex("applications.results.disclosed")] = row7(8, 12)
	fs := CheckOrgan([]*Report{prev, cur})
	// One finding per column that differs: 自然人 and 总计.
	if len(fs) != 2 || fs[0].Rule != RuleCarryOver || fs[0].File != cur.File || !strings.Contains(fs[1].Message, "总计") {
		t.Fatalf("want two carry-over findings in %s, got %v", cur.File, fs)
	}
	// The message names the other file and line, so both can be opened.
	if !strings.Contains(fs[0].Message, "应为 3（content/o/2022.toml:35 四、结转下年度继续办理），实为 2") {
		t.Errorf("message = %q", fs[0].Message)
	}

	gap := valid()
	gap.Year = 2025
	fs = CheckOrgan([]*Report{cur, gap})
	if len(fs) != 1 || fs[0].Rule != RuleYearGap || fs[0].Severity != Note {
		t.Fatalf("a gap between years: want one year-gap note, got %v", fs)
	}
}

func TestAcknowledge(t *testing.T) {
	r := valid()
	r.Appeals[0].Cells[4].N = 0
	r.Acknowledged = []Acknowledgement{{Rule: RuleAppealsTotal, Row: "appeals.review", Note: "原文如此", Line: 70}}
	fs := CheckOrgan([]*Report{r})
	if len(fs) != 1 || !fs[0].Acknowledged || fs[0].AckNote != "原文如此" || Blocking(fs) {
		t.Fatalf("acknowledged finding: got %v", fs)
	}

	// An acknowledgement that matches nothing is itself a finding.
	r = valid()
	r.Acknowledged = []Acknowledgement{{Rule: RuleAppealsTotal, Row: "appeals.review", Note: "原文如此", Line: 70}}
	fs = CheckOrgan([]*Report{r})
	if len(fs) != 1 || fs[0].Rule != RuleUnmatchedAck || fs[0].Line != 70 || !Blocking(fs) {
		t.Fatalf("stale acknowledgement: got %v", fs)
	}
}
