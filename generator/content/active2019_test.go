package content

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/internal/sitetest"
)

func TestDecodeReport2019(t *testing.T) {
	valid := sitetest.Report2019(2020, 10, 0, 0)
	line := func(key string) int {
		for i, l := range strings.Split(valid, "\n") {
			if strings.HasPrefix(l, key) {
				return i + 1
			}
		}
		t.Fatalf("no line %q", key)
		return 0
	}
	tests := []struct {
		name    string
		old     string
		new     string
		rule    string // "" when the file must load cleanly
		lineKey string
		msg     string
	}{
		{name: "valid"},
		{name: "negative 本年增/减 is allowed", old: "change = -2", new: "change = -20000"},
		{name: "blank cells", old: "{ previous = 10, change = -2, decisions = 3 }", new: `{ previous = "/", change = "/", decisions = "/" }`},
		{name: "integer amount", old: "amount = 251000.50", new: "amount = 251000"},
		{name: "blank amount", old: "amount = 251000.50", new: `amount = "/"`},
		{name: "negative outside 本年增/减", old: "previous = 10", new: "previous = -10",
			rule: RuleValue, lineKey: "licensing", msg: "行政许可 · 上一年项目数量：应为非负整数，实为 -10"},
		{name: "negative amount", old: "amount = 251000.50", new: "amount = -1.5",
			rule: RuleValue, lineKey: "procurement", msg: "政府集中采购 · 采购总金额：应为非负数（元，不写单位）"},
		{name: "fractional 本年增/减", old: "change = -2", new: "change = -2.5",
			rule: RuleValue, lineKey: "licensing", msg: "行政许可 · 本年增/减：应为整数"},
		{name: "2021 key in a 2019 row", old: "{ made = 0, published = 0, total = 7 }", new: "{ issued = 0, published = 0, total = 7 }",
			rule: RuleUnknownKey, lineKey: "regulations", msg: `未知的键 "issued"（在 [active.regulations] 中；允许的键：made, published, total）`},
		{name: "missing cell", old: "fees           = { previous = 3, change = -1 }", new: "fees = { previous = 3 }",
			rule: RuleMissing, lineKey: "fees", msg: "缺少 active.fees.change（行政事业性收费 · 本年增/减）"},
		{name: "missing row", old: "other_services = { previous = 1, change = 0, decisions = 4 }\n", new: "",
			rule: RuleMissing, msg: "缺少 active.other_services（其他对外管理服务事项：上一年项目数量、本年增/减、处理决定数量）"},
		{name: "2021 row in a 2019 table", old: "coercion       = { previous = 2, change = 0, decisions = 0 }", new: "coercion = 0",
			rule: RuleType, lineKey: "coercion", msg: "active.coercion（行政强制）应为表"},
		{name: "unknown row", old: "[applications]", new: "deductions = 1\n\n[applications]",
			rule: RuleUnknownKey, msg: `未知的键 "deductions"`},
		{name: "（六） sub-rows are not in the 2019 form", old: "subtotal = [0, 0, 0, 0, 0, 0, 0]", new: "other = [0, 0, 0, 0, 0, 0, 0]",
			rule: RuleUnknownKey, msg: `未知的键 "other"（在 [applications.results.other] 中；允许的键：subtotal）`},
		{name: "（六） must be printed", old: "subtotal = [0, 0, 0, 0, 0, 0, 0]", new: "",
			rule: RuleMissing, msg: "（六）其他处理只印一行，请写 subtotal"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := valid
			if tc.old != "" {
				if !strings.Contains(src, tc.old) {
					t.Fatalf("template lacks %q", tc.old)
				}
				src = strings.Replace(src, tc.old, tc.new, 1)
			}
			r, fs := DecodeReport(file, src, 2020)
			if tc.rule == "" {
				if len(fs) > 0 {
					t.Fatalf("unexpected findings: %v", fs)
				}
				if r.Active2019 == nil || r.Format != report.Format2019 {
					t.Fatalf("no 2019 table 二: %+v", r)
				}
				return
			}
			for _, f := range fs {
				if f.Rule == tc.rule && strings.Contains(f.Message, tc.msg) {
					if tc.lineKey != "" && f.Line != line(tc.lineKey) {
						t.Errorf("line %d, want %d: %v", f.Line, line(tc.lineKey), f)
					}
					return
				}
			}
			t.Errorf("want [%s] %q, got %v", tc.rule, tc.msg, fs)
		})
	}
}

func TestDecodeReport2019Values(t *testing.T) {
	r, fs := DecodeReport(file, sitetest.Report2019(2020, 10, 0, 0), 2020)
	if len(fs) > 0 {
		t.Fatal(fs)
	}
	a := r.Active2019
	if got := a.Rows[2].Cells; got[0].N != 10 || got[1].N != -2 || got[2].N != 3 {
		t.Errorf("licensing = %v, want 10, -2, 3", got)
	}
	if p := a.Procurement; p.Projects.N != 6 || p.Amount.Text != "251000.50" {
		t.Errorf("procurement = %+v, want 6 and the amount as written, 251000.50", p)
	}
	if d := r.Decision(0); d.N != 3 {
		t.Errorf("Decision(行政许可) = %v, want 3 from 处理决定数量", d)
	}
	if r.Subtotal("other") == nil || r.Application("applications.results.other.other").Known {
		t.Error("（六）其他处理 should be one subtotal row with unknown sub-rows")
	}
}

func TestInlineRaw(t *testing.T) {
	for _, tc := range []struct{ line, key, want string }{
		{"procurement = { projects = 395, amount = 73802895.90 }", "amount", "73802895.90"},
		{"procurement = {amount=1.50,projects=2}", "amount", "1.50"},
		{"x = { amounts = 1, amount = 2.0 }", "amount", "2.0"},
		{"x = { projects = 1 }", "amount", ""},
	} {
		if got := inlineRaw(tc.line, tc.key); got != tc.want {
			t.Errorf("inlineRaw(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}
