package report_test

import (
	"os"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// decode turns a TOML report into the model, failing on any finding.
func decode(t *testing.T, file, src string, year int) *report.Report {
	t.Helper()
	r, fs := content.DecodeReport(file, src, year)
	for _, f := range fs {
		t.Fatalf("fixture: %s", f)
	}
	return r
}

// mixed is a report with every kind of result and appeal: 10 new + 2
// carried over = 10 handled + 2 carried forward.
func mixed(t *testing.T) *report.Report {
	src := strings.NewReplacer(
		"disclosed           = [10, 0, 0, 0, 0, 0, 10]", "disclosed           = [6, 0, 0, 0, 0, 0, 6]",
		"partially_disclosed = [0, 0, 0, 0, 0, 0, 0]", "partially_disclosed = [1, 0, 0, 0, 0, 0, 1]",
		"third_party_rights   = [0, 0, 0, 0, 0, 0, 0]", "third_party_rights   = [1, 0, 0, 0, 0, 0, 1]",
		"not_held       = [0, 0, 0, 0, 0, 0, 0]", "not_held       = [1, 0, 0, 0, 0, 0, 1]",
		"duplicate    = [0, 0, 0, 0, 0, 0, 0]", "duplicate    = [1, 0, 0, 0, 0, 0, 1]",
		"review                  = [0, 0, 0, 0, 0]", "review                  = [1, 1, 0, 2, 4]",
		"litigation_direct       = [0, 0, 0, 0, 0]", "litigation_direct       = [0, 0, 0, 1, 1]",
		"fees       = 0", "fees       = 1.25",
	).Replace(sitetest.Report(2023, 10, 2, 2))
	return decode(t, "content/x/2023.toml", src, 2023)
}

func TestHeadline(t *testing.T) {
	h := report.HeadlineOf(mixed(t))
	want := map[string]string{
		"new": "10", "carried_over": "2", "disclosed": "6", "partially_disclosed": "1",
		"withheld": "1", "unavailable": "1", "not_processed": "1", "other_handling": "0",
		"results_total": "10", "carried_forward": "2", "review": "4", "review_corrected": "1",
		"litigation": "1", "litigation_corrected": "0", "normative_in_force": "20",
		"licensing": "3", "fees": "1.25", "review_concluded": "2",
	}
	for k, v := range want {
		if got := h.Get(k).String(); got != v {
			t.Errorf("%s = %s, want %s", k, got, v)
		}
	}
}

func TestIndicators(t *testing.T) {
	h := report.HeadlineOf(mixed(t))
	want := map[string]string{
		"disclosure_rate":                         "70.0%",
		"withheld_share":                          "10.0%",
		"unavailable_share":                       "10.0%",
		"not_processed_share":                     "10.0%",
		"other_handling_share":                    "0.0%",
		"completion_rate":                         "83.3%",
		"review_correction_rate":                  "50.0%",
		"litigation_direct_correction_rate":       "—", // one case, still pending: 0 concluded
		"litigation_after_review_correction_rate": "—", // no case at all
	}
	for i, r := range h.Rates() {
		in := report.Indicators[i]
		if got := r.String(); got != want[in.Key] {
			t.Errorf("%s (%s) = %s, want %s", in.Key, in.Label, got, want[in.Key])
		}
	}
}

func TestIndicatorsOfEmptyReport(t *testing.T) {
	h := report.HeadlineOf(decode(t, "content/x/2023.toml", sitetest.Report(2023, 0, 0, 0), 2023))
	for i, r := range h.Rates() {
		if r.String() != report.Undefined {
			t.Errorf("%s of a report with no applications = %s, want —", report.Indicators[i].Key, r)
		}
	}
}

func TestSubtotalGroupAndSum(t *testing.T) {
	r := mixed(t)
	h := report.HeadlineOf(r).Plus(report.HeadlineOf(r))
	if got := h.Get("results_total").String(); got != "20" {
		t.Errorf("sum of two headlines: results_total = %s, want 20", got)
	}
	if got := h.Get("fees").String(); got != "2.50" {
		t.Errorf("sum of two headlines: fees = %s, want 2.50", got)
	}
	if got := report.Indicators[0].Rate(h).String(); got != "70.0%" {
		t.Errorf("disclosure rate of the sum = %s, want 70.0%%", got)
	}
}

func TestGroupPrintedAsOneLine(t *testing.T) {
	src := strings.Replace(sitetest.Report(2023, 4, 0, 0),
		"no_correction  = [0, 0, 0, 0, 0, 0, 0]\nno_fee_payment = [0, 0, 0, 0, 0, 0, 0]\nother          = [0, 0, 0, 0, 0, 0, 0]",
		"subtotal = [0, 0, 0, 0, 0, 0, 0]", 1)
	r := decode(t, "content/x/2023.toml", src, 2023)
	if r.Subtotal("other") == nil {
		t.Fatal("fixture: （六）其他处理 should be printed as one line")
	}
	if got := report.HeadlineOf(r).Get("other_handling").String(); got != "0" {
		t.Errorf("other_handling from the printed line = %s, want 0", got)
	}
}

func TestCarryOverNamesBothFiles(t *testing.T) {
	prev := decode(t, "content/x/2022.toml", sitetest.Report(2022, 5, 0, 3), 2022)
	cur := decode(t, "content/x/2023.toml", sitetest.Report(2023, 5, 2, 0), 2023)
	var got []string
	for _, f := range report.CheckOrgan([]*report.Report{prev, cur}) {
		if f.Rule == report.RuleCarryOver {
			got = append(got, f.String())
		}
	}
	want := "content/x/2023.toml:14: [carry-over] 二、上年结转政府信息公开申请数量 · 自然人：应为 3（content/x/2022.toml:15 四、结转下年度继续办理），实为 2"
	if len(got) != 2 || got[0] != want {
		t.Fatalf("carry-over findings =\n%s\nwant two (自然人, 总计), the first\n%s", strings.Join(got, "\n"), want)
	}
}

func TestYearGapIsANote(t *testing.T) {
	a := decode(t, "content/x/2021.toml", sitetest.Report(2021, 5, 0, 3), 2021)
	b := decode(t, "content/x/2023.toml", sitetest.Report(2023, 5, 0, 0), 2023)
	fs := report.CheckOrgan([]*report.Report{a, b})
	if report.Blocking(fs) || len(fs) != 1 || fs[0].Rule != report.RuleYearGap {
		t.Fatalf("findings = %v, want one year-gap note", fs)
	}
}

// TestDocsNameEveryFigure keeps docs/indicators.md in step with the code.
func TestDocsNameEveryFigure(t *testing.T) {
	b, err := os.ReadFile("../../docs/indicators.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	for _, f := range report.Figures {
		if !strings.Contains(doc, "`"+f.Key+"`") {
			t.Errorf("docs/indicators.md does not define figure %s", f.Key)
		}
	}
	for _, in := range report.Indicators {
		if !strings.Contains(doc, "`"+in.Key+"` | "+in.Label+" |") {
			t.Errorf("docs/indicators.md does not define indicator %s (%s)", in.Key, in.Label)
		}
	}
}
