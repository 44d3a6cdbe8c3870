package content

import (
	"slices"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/internal/sitetest"
)

const file = "content/o/2023.toml"

func TestDecodeReportStrict(t *testing.T) {
	valid := sitetest.Report(2023, 10, 0, 0)
	tests := []struct {
		name string
		src  string
		rule string // "" when the file must load cleanly
		line int
		msg  string
	}{
		{name: "valid", src: valid},
		{name: "UTF-8 BOM and CRLF line ends", src: "\ufeff" + strings.ReplaceAll(valid, "\n", "\r\n")},
		{name: "unknown key", src: strings.Replace(valid, "licensing  = 3", "licensing  = 3\nlicencing = 1", 1),
			rule: RuleUnknownKey, line: 8, msg: `未知的键 "licencing"`},
		{name: "unknown top-level table", src: valid + "\n[extra]\na = 1\n", rule: RuleUnknownKey, line: 54},
		{name: "missing row", src: strings.Replace(valid, "duplicate    = [0, 0, 0, 0, 0, 0, 0]\n", "", 1),
			rule: RuleMissing, line: 37, msg: "缺少行 applications.results.not_processed.duplicate"},
		{name: "missing table", src: strings.Replace(valid, "[appeals]", "[other_table]", 1), rule: RuleMissing},
		{name: "wrong cell count", src: strings.Replace(valid, "state_secret         = [0, 0, 0, 0, 0, 0, 0]", "state_secret = [0, 0, 0, 0, 0, 0]", 1),
			rule: RuleCellCount, line: 23, msg: "应有 7 个单元格（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计），实有 6 个"},
		{name: "negative count", src: strings.Replace(valid, "review                  = [0, 0, 0, 0, 0]", "review = [0, -1, 0, 0, -1]", 1),
			rule: RuleValue, line: 50, msg: "行政复议 · 结果纠正：应为非负整数，实为 -1"},
		{name: "fractional count", src: strings.Replace(valid, "punishment = 0", "punishment = 1.5", 1),
			rule: RuleValue, line: 8, msg: "实为小数 1.5"},
		{name: "string count", src: strings.Replace(valid, "coercion   = 0", `coercion   = "无"`, 1),
			rule: RuleValue, line: 9, msg: `实为字符串 "无"`},
		{name: "count beyond 2^53", src: strings.Replace(valid, "licensing  = 3", "licensing  = 9007199254740992", 1),
			rule: RuleValue, line: 7, msg: "超出上限"},
		{name: "integer overflow", src: strings.Replace(valid, "licensing  = 3", "licensing  = 99999999999999999999", 1),
			rule: RuleSyntax, line: 7},
		{name: "year differs from file name", src: strings.Replace(valid, "year = 2023", "year = 2022", 1),
			rule: RuleYear, line: 2, msg: "应为 2023，实为 2022"},
		{name: "unknown format", src: strings.Replace(valid, `format = "2021"`, `format = "2018"`, 1),
			rule: RuleFormat, line: 1},
		{name: "syntax error", src: strings.Replace(valid, "coercion   = 0", "coercion   = ", 1), rule: RuleSyntax, line: 9},
		{name: "fees as text", src: strings.Replace(valid, "fees       = 0", `fees = "12万"`, 1), rule: RuleValue, line: 10},
		{name: "subtotal and sub-rows together", src: strings.Replace(valid, "[applications.results.other]", "[applications.results.other]\nsubtotal = [0, 0, 0, 0, 0, 0, 0]", 1),
			rule: RuleUnknownKey, msg: "只能二选一"},
		{name: "acknowledgement without note", src: valid + "\n[[acknowledged]]\nrule = \"balance\"\nrow = \"applications\"\n",
			rule: RuleMissing, line: 54, msg: "缺少 note"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, fs := DecodeReport(file, tt.src, 2023)
			if tt.rule == "" {
				if len(fs) != 0 || r == nil {
					t.Fatalf("want a clean load, got %v", fs)
				}
				return
			}
			for _, f := range fs {
				if f.Rule == tt.rule && (tt.line == 0 || f.Line == tt.line) && strings.Contains(f.Message, tt.msg) {
					if !strings.HasPrefix(f.String(), file) {
						t.Errorf("finding %q does not start with the file", f)
					}
					return
				}
			}
			t.Fatalf("want [%s] at line %d containing %q; got %v", tt.rule, tt.line, tt.msg, fs)
		})
	}
}

func TestDecodeReportValues(t *testing.T) {
	src := sitetest.Report(2023, 10, 0, 0)
	src = strings.Replace(src, "fees       = 0", "fees = 5949.088667 # 万元", 1)
	src = strings.Replace(src, "new             = [10, 0, 0, 0, 0, 0, 10]", `new = [10, "/", 0, 0, 0, 0, 10]`, 1)
	src = strings.Replace(src, "[applications.results.other]\nno_correction  = [0, 0, 0, 0, 0, 0, 0]\nno_fee_payment = [0, 0, 0, 0, 0, 0, 0]\nother          = [0, 0, 0, 0, 0, 0, 0]",
		"[applications.results.other]\nsubtotal = [0, 0, 0, 0, 0, 0, 0]", 1)
	src = strings.Replace(src, `format = "2021"`, "format = \"2021\"\npublished = 2024-01-20", 1)
	r, fs := DecodeReport(file, src, 2023)
	if len(fs) != 0 {
		t.Fatalf("findings: %v", fs)
	}
	if r.Active.Fees.Text != "5949.088667" {
		t.Errorf("fees = %q, want the published decimal 5949.088667", r.Active.Fees.Text)
	}
	if c := r.Application("applications.new").Cells[1]; !c.Blank || c.String() != "/" {
		t.Errorf(`"/" cell = %+v, want blank`, c)
	}
	if r.Subtotal("other") == nil || r.Application("applications.results.other.no_correction").Known {
		t.Errorf("subtotal group: want the subtotal row and unknown sub-rows")
	}
	if r.Published != "2024-01-20" {
		t.Errorf("published = %q", r.Published)
	}
	if got := r.Application("applications.carried_forward").Line; got != 16 {
		t.Errorf("carried_forward line = %d, want 16 (published shifts it by one)", got)
	}

	// An integer fee is accepted and kept as written.
	r, _ = DecodeReport(file, sitetest.Report(2023, 1, 0, 0), 2023)
	if r.Active.Fees.Text != "0" {
		t.Errorf("integer fee = %q, want 0", r.Active.Fees.Text)
	}
}

// TestNumbersWrittenPlainly checks that the other ways TOML has of
// writing a number are refused wherever a number stands (the year, a
// count in a row, an amount), on the line they stand, and that what a
// report does write (digits, decimals, dates, comments) passes.
func TestNumbersWrittenPlainly(t *testing.T) {
	base := sitetest.Report(2023, 1, 0, 0)
	for _, tc := range []struct {
		name, old, new string
		refused        bool
	}{
		{"hex year", "year = 2023", "year = 0x7E7", true},
		{"underscored year", "year = 2023", "year = 2_023", true},
		{"signed year", "year = 2023", "year = +2023", true},
		{"octal year", "year = 2023", "year = 0o3747", true},
		{"binary year", "year = 2023", "year = 0b11111100111", true},
		{"year with a comment", "year = 2023", "year = 2023 # 报告年度 1e3", false},
		{"exponent in a row", "new             = [1, ", "new             = [1e0, ", true},
		{"tiny exponent amount", "fees       = 0", "fees       = 1e-300", true},
		{"huge exponent amount", "fees       = 0", "fees       = 9e+300", true},
		{"negative zero count", "punishment = 0", "punishment = -0", true},
		{"signed count", "punishment = 0", "punishment = +0", true},
		{"decimal amount", "fees       = 0", "fees       = 12.50", false},
		{"publication date", "year = 2023", "year = 2023\npublished = 2024-01-20", false},
		{"number-like words in strings", "year = 2023", "year = 2023\n# 1e3\n", false},
	} {
		src := strings.Replace(base, tc.old, tc.new, 1)
		if src == base {
			t.Fatalf("%s: the sample report has no %q", tc.name, tc.old)
		}
		_, fs := DecodeReport("content/a/2023.toml", src, 2023)
		var numbers []report.Finding
		for _, f := range fs {
			if strings.Contains(f.Message, "十进制数字") {
				numbers = append(numbers, f)
			}
		}
		switch {
		case tc.refused && len(numbers) != 1:
			t.Errorf("%s: findings %v, want one about how the number is written", tc.name, fs)
		case tc.refused:
			if line := strings.Split(src, "\n")[numbers[0].Line-1]; !strings.Contains(line, tc.new) {
				t.Errorf("%s: finding at line %d (%q)", tc.name, numbers[0].Line, line)
			}
		case len(numbers) != 0:
			t.Errorf("%s: refused: %v", tc.name, numbers)
		}
	}
	ack := base + "\n[[acknowledged]]\nrule = \"appeals-total\"\nrow = \"1e3\"\nnote = \"0x10 +5 -0\"\n"
	if _, fs := DecodeReport("content/a/2023.toml", ack, 2023); slices.ContainsFunc(fs, func(f report.Finding) bool { return strings.Contains(f.Message, "十进制数字") }) {
		t.Errorf("number-like text in strings refused: %v", fs)
	}
}

// TestPublishedNotAfterToday: a publication date is a fact, so it
// cannot lie after the day the site is built (Beijing time).
func TestPublishedNotAfterToday(t *testing.T) {
	defer func(f func() string) { today = f }(today)
	today = func() string { return "2024-03-01" }
	for date, ok := range map[string]bool{"2024-03-01": true, "2024-03-02": false, "2025-01-20": false, "2024-01-20": true} {
		src := strings.Replace(sitetest.Report(2023, 1, 0, 0), "year = 2023", "year = 2023\npublished = "+date, 1)
		_, fs := DecodeReport("content/a/2023.toml", src, 2023)
		refused := slices.ContainsFunc(fs, func(f report.Finding) bool { return strings.Contains(f.Message, "晚于今天") })
		if refused == ok || len(fs) > 1 {
			t.Errorf("published = %s: findings %v", date, fs)
		}
	}
}

// TestMisspeltKeyExplainsWhatIsMissing: a table or row whose key is
// misspelt gets one finding suggesting the key, not one more for every
// row that is then missing; a key that resembles nothing lists the
// allowed keys and leaves the missing rows told.
func TestMisspeltKeyExplainsWhatIsMissing(t *testing.T) {
	valid := sitetest.Report(2023, 1, 0, 0)
	for _, tc := range []struct {
		name, old, new, want string
		findings             int
	}{
		{"table", "[appeals]", "[apeals]", "是否想写 appeals？", 1},
		{"capitalised table", "[appeals]", "[Appeals]", "是否想写 appeals？", 1},
		{"row", "licensing  = 3", "licencing  = 3", "是否想写 licensing？", 1},
		{"nothing like it", "[appeals]", "[tables]", "允许的键", 2},
	} {
		src := strings.Replace(valid, tc.old, tc.new, 1)
		if src == valid {
			t.Fatalf("%s: the sample has no %q", tc.name, tc.old)
		}
		_, fs := DecodeReport(file, src, 2023)
		if len(fs) != tc.findings || !slices.ContainsFunc(fs, func(f report.Finding) bool { return strings.Contains(f.Message, tc.want) }) {
			t.Errorf("%s: %d findings, want %d with %q:\n%v", tc.name, len(fs), tc.findings, tc.want, fs)
		}
	}
}
