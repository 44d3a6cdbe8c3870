package content

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/internal/editdist"
)

// MaxCount is the largest count a report may state: 2^53−1, the largest
// integer every JSON consumer (JavaScript included) reads exactly.
const MaxCount = 1<<53 - 1

// Load-time rule ids. Unlike the arithmetic rules they cannot be
// acknowledged: the file itself must be fixed.
const (
	RuleSyntax     = "syntax"
	RuleUnknownKey = "unknown-key"
	RuleMissing    = "missing"
	RuleType       = "type"
	RuleCellCount  = "cell-count"
	RuleValue      = "value"
	RuleYear       = "year"
	RuleFormat     = "format"
	RuleLimit      = "limit"
	// RuleUnresolved is a cell an import could not read with certainty,
	// written "?" until a person fills it in from the published report.
	RuleUnresolved = "unresolved"
)

// Unresolved is how a report file marks a cell an import could not read.
const Unresolved = "?"

// decoder walks a decoded TOML document, recording a finding for every
// key that is unknown, missing or of the wrong kind.
type decoder struct {
	file     string
	src      string
	lines    keyLines
	findings []report.Finding
	// unresolved are the "?" cells read, by row, reported one finding a
	// row when decoding ends.
	unresolved []unresolvedCell
	// meant are the keys that unknown keys look like misspellings of:
	// what is missing under them follows from the misspelling and is
	// not told again (dropExplained).
	meant []string
}

type unresolvedCell struct{ key, where string }

func newDecoder(file, src string) *decoder {
	return &decoder{file: file, src: src, lines: scanKeyLines(src)}
}

func (d *decoder) add(rule, key, format string, args ...any) {
	switch {
	case len(d.findings) > MaxFindingsPerFile:
		return
	case len(d.findings) == MaxFindingsPerFile:
		d.findings = append(d.findings, report.Finding{File: d.file, Rule: RuleLimit,
			Message: fmt.Sprintf("问题超过 %d 个，其余未列出：这个文件可能不是报告数据", MaxFindingsPerFile)})
		return
	}
	d.findings = append(d.findings, report.Finding{
		File: d.file, Line: d.lines.lineOf(key), Rule: rule, Row: key,
		Message: fmt.Sprintf(format, args...),
	})
}

// parse decodes the TOML source, reporting a syntax error with its line.
func (d *decoder) parse() (map[string]any, bool) {
	if problems := checkShape(d.src); len(problems) > 0 {
		for _, p := range problems {
			d.findings = append(d.findings, report.Finding{File: d.file, Line: p.line, Rule: p.rule, Message: p.msg})
		}
		return nil, false
	}
	if m, ok := fastTOML(d.src); ok {
		return m, true
	}
	var m map[string]any
	if _, err := toml.Decode(d.src, &m); err != nil {
		var pe toml.ParseError
		line := 0
		msg := err.Error()
		if errors.As(err, &pe) {
			line, msg = pe.Position.Line, pe.Message
		}
		d.findings = append(d.findings, report.Finding{File: d.file, Line: line, Rule: RuleSyntax,
			Message: "TOML 语法错误：" + tomlMessage(msg)})
		return nil, false
	}
	return m, true
}

// table returns the sub-table key of m, reporting unknown keys in it.
// A missing table is reported once and nil returned, so that its rows are
// not reported again one by one.
func (d *decoder) table(m map[string]any, path, key string, allowed ...string) map[string]any {
	full := join(path, key)
	v, ok := m[key]
	if !ok {
		d.add(RuleMissing, full, "缺少表 [%s]", full)
		return nil
	}
	t, ok := v.(map[string]any)
	if !ok {
		d.add(RuleType, full, "%s 应为表，实为%s", full, describe(v))
		return nil
	}
	d.unknown(t, full, allowed...)
	return t
}

// unknown reports keys of t that are not allowed, in a stable order.
func (d *decoder) unknown(t map[string]any, path string, allowed ...string) {
	var extra []string
	for k := range t {
		if !contains(allowed, k) {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	where := "文件顶层"
	if path != "" {
		where = " [" + path + "] 中"
	}
	for _, k := range extra {
		if near := editdist.Nearest(strings.ToLower(strings.TrimSpace(k)), allowed); near != "" {
			d.add(RuleUnknownKey, join(path, k), "未知的键 %q（在%s）：是否想写 %s？", clip(k), where, near)
			d.meant = append(d.meant, join(path, near))
			continue
		}
		d.add(RuleUnknownKey, join(path, k), "未知的键 %q（在%s；允许的键：%s）", clip(k), where, strings.Join(allowed, ", "))
	}
}

// dropExplained removes the findings of missing rows and tables under a
// key that an unknown key misspells: one finding tells the clerk what
// to fix, not one for every row of the table.
func (d *decoder) dropExplained() {
	if len(d.meant) == 0 {
		return
	}
	d.findings = slices.DeleteFunc(d.findings, func(f report.Finding) bool {
		return f.Rule == RuleMissing && slices.ContainsFunc(d.meant, func(p string) bool {
			return f.Row == p || strings.HasPrefix(f.Row, p+".")
		})
	})
}

// reportUnresolved adds one finding for each row holding "?" cells,
// naming the row and its columns: a draft whose whole table 三 is still
// to be read has a finding a row, not one a cell.
func (d *decoder) reportUnresolved() {
	for i := 0; i < len(d.unresolved); {
		key := d.unresolved[i].key
		row, _, _ := strings.Cut(d.unresolved[i].where, " · ")
		var cols []string
		j := i
		for ; j < len(d.unresolved) && d.unresolved[j].key == key; j++ {
			if _, col, ok := strings.Cut(d.unresolved[j].where, " · "); ok {
				cols = append(cols, col)
			}
		}
		what := row
		if len(cols) > 0 {
			what += " · " + strings.Join(cols, "、")
		}
		d.findings = append(d.findings, report.Finding{File: d.file, Line: d.lines.lineOf(key), Rule: RuleUnresolved, Row: key,
			Message: fmt.Sprintf("%s：待核（\"?\"）——导入时无法确定；请对照所发布的报告填写（原文空白则填 \"/\"），然后删去 \"?\"", what)})
		i = j
	}
	d.unresolved = nil
}

// cell converts one TOML value into a count.
func (d *decoder) cell(v any, key, where string) report.Cell {
	switch x := v.(type) {
	case int64:
		if x < 0 {
			d.add(RuleValue, key, "%s：应为非负整数，实为 %d", where, x)
		} else if x > MaxCount {
			d.add(RuleValue, key, "%s：数值 %d 超出上限 %d", where, x, int64(MaxCount))
		} else {
			return report.Cell{N: x}
		}
	case float64:
		d.add(RuleValue, key, "%s：应为整数（件数，不写小数点或指数），实为小数 %s", where, formatFloat(x))
	case string:
		if x == "/" {
			return report.Cell{Blank: true}
		}
		if x == Unresolved {
			d.unresolved = append(d.unresolved, unresolvedCell{key, where})
			return report.Cell{Blank: true, Unresolved: true}
		}
		d.add(RuleValue, key, "%s：应为整数，或用 \"/\" 表示原文空白，实为字符串 %q", where, x)
	default:
		d.add(RuleType, key, "%s：应为整数，实为%s", where, describe(v))
	}
	return report.Cell{}
}

// row converts an array into a row of exactly len(cols) cells.
func (d *decoder) row(t map[string]any, path, key, title string, cols []report.Column) report.Row {
	full := join(path, key)
	if t == nil {
		return report.Row{} // the missing table was reported already
	}
	v, ok := t[key]
	if !ok {
		d.add(RuleMissing, full, "缺少行 %s（%s）：每一行都必须填写，没有数据请填 0", full, title)
		return report.Row{}
	}
	arr, ok := v.([]any)
	if !ok {
		d.add(RuleType, full, "%s（%s）：应为 %d 个数的数组，实为%s", full, title, len(cols), describe(v))
		return report.Row{}
	}
	if len(arr) != len(cols) {
		d.add(RuleCellCount, full, "%s（%s）：应有 %d 个单元格（%s），实有 %d 个", full, title, len(cols), columnList(cols), len(arr))
		return report.Row{}
	}
	row := report.Row{Cells: make([]report.Cell, len(cols)), Known: true, Line: d.lines.lineOf(full)}
	for i, c := range arr {
		row.Cells[i] = d.cell(c, full, title+" · "+cols[i].Label)
	}
	return row
}

func (d *decoder) year(v any, key string) int {
	n, ok := v.(int64)
	if !ok || n < 1000 || n > 9999 {
		d.add(RuleYear, key, "year 应为四位数的年份（如 year = 2023，不加引号），实为%s", describe(v))
		return 0
	}
	// TOML also reads 0x7E7, 2_023 and +2023 as 2023: a year is written
	// as four digits, as the file name has it.
	if raw := rawValue(d.src, d.lines.lineOf(key)); raw != "" && raw != strconv.FormatInt(n, 10) {
		d.add(RuleYear, key, "year 应写作四位数字（如 year = %d），实为 %s", n, clip(raw))
		return 0
	}
	return int(n)
}

// date reads a TOML local date. The decoder marks what kind of date and
// time a value is by its location: a time of day or a date with a time
// is refused by what it is.
func (d *decoder) date(v any, key string) string {
	t, ok := v.(time.Time)
	switch {
	case !ok:
		d.add(RuleType, key, "%s 应为日期（如 2024-01-20，不加引号），实为%s", key, describe(v))
		return ""
	case t.Location().String() == "time-local":
		d.add(RuleValue, key, "%s 应为日期（如 2024-01-20），实为时刻 %s", key, t.Format("15:04:05"))
		return ""
	case t.Location() != localDate:
		d.add(RuleValue, key, "%s 应为日期（如 2024-01-20），实为带时刻的日期 %s：请只写日期", key, t.Format("2006-01-02T15:04:05"))
		return ""
	}
	return t.Format("2006-01-02")
}

// MaxAmountDigits bounds the significant digits of an amount: a float64,
// which every JSON reader uses, keeps 15 exactly.
const MaxAmountDigits = 15

// significantDigits counts the digits of a decimal text from its first
// non-zero digit, trailing zeros after the point included (they were
// written).
func significantDigits(text string) int {
	n, started := 0, false
	for _, c := range text {
		switch {
		case c >= '1' && c <= '9':
			started = true
			n++
		case c == '0' && started:
			n++
		}
	}
	return n
}

// decimal keeps an amount exactly as written in the file.
func (d *decoder) decimal(v any, key, where string) report.Decimal {
	return d.amount(v, key, where, "万元")
}

// amount is decimal with the unit the form prints the amount in.
func (d *decoder) amount(v any, key, where, unit string) report.Decimal {
	switch x := v.(type) {
	case int64:
		if x >= 0 && x <= MaxCount {
			return report.Decimal{Text: strconv.FormatInt(x, 10)}
		}
		if x > MaxCount {
			d.add(RuleValue, key, "%s：数值 %d 超出上限 %d（JSON 读取时会失去精度）", where, x, int64(MaxCount))
			return report.Decimal{}
		}
	case float64:
		if x >= 0 && !math.Signbit(x) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			raw := strings.ReplaceAll(rawValue(d.src, d.lines.lineOf(key)), "_", "")
			text := strconv.FormatFloat(x, 'f', -1, 64)
			if f, err := strconv.ParseFloat(raw, 64); err == nil && f == x && !strings.ContainsAny(raw, "eE") {
				text = raw
			}
			if digits := significantDigits(text); digits > MaxAmountDigits {
				d.add(RuleValue, key, "%s：数值 %s 有 %d 位有效数字，超过 %d 位：JSON 读取时会失去精度；原文不会有这样的金额，请核对", where, text, digits, MaxAmountDigits)
				return report.Decimal{}
			}
			return report.Decimal{Text: text}
		}
	case string:
		if x == "/" {
			return report.Decimal{Blank: true}
		}
		if x == Unresolved {
			d.unresolved = append(d.unresolved, unresolvedCell{key, where})
			return report.Decimal{Blank: true, Unresolved: true}
		}
	}
	d.add(RuleValue, key, "%s：应为非负数（%s，不写单位），或用 \"/\" 表示原文空白，实为%s", where, unit, describe(v))
	return report.Decimal{}
}

func (d *decoder) str(v any, key string) string {
	s, ok := v.(string)
	if !ok {
		d.add(RuleType, key, "%s 应为字符串，实为%s", key, describe(v))
	}
	return s
}

func kind(v any) string {
	switch v.(type) {
	case int64:
		return "整数"
	case float64:
		return "小数"
	case string:
		return "字符串"
	case bool:
		return "布尔值"
	case []any, []map[string]any:
		return "数组"
	case map[string]any:
		return "表"
	case time.Time:
		return "日期"
	}
	return fmt.Sprintf("%T", v)
}

// describe names a value's kind and shows it, for "实为…" in messages:
// `字符串 "2023"` tells a clerk that the quotes are the problem.
func describe(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("字符串 %q", clip(x))
	case int64:
		return fmt.Sprintf("整数 %d", x)
	case float64:
		return "小数 " + formatFloat(x)
	case time.Time:
		switch x.Location().String() {
		case "time-local":
			return "时刻 " + x.Format("15:04:05")
		case "date-local":
			return "日期 " + x.Format("2006-01-02")
		}
		return "带时刻的日期 " + x.Format("2006-01-02T15:04:05")
	case bool:
		return fmt.Sprintf("布尔值 %v", x)
	}
	return kind(v)
}

// formatFloat shows a TOML float so that it reads as one: 2.0, not 2.
func formatFloat(x float64) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if x == math.Trunc(x) && !math.IsInf(x, 0) && math.Abs(x) < 1e21 {
		s += ".0"
	}
	return s
}

func columnList(cols []report.Column) string {
	labels := make([]string, len(cols))
	for i, c := range cols {
		labels[i] = c.Label
	}
	return strings.Join(labels, "、")
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func itoa(i int) string { return strconv.Itoa(i) }
