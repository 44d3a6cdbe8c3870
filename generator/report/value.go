package report

import (
	"math/big"
	"strconv"
	"strings"
)

// Value is a figure that can be added, compared and divided exactly: a
// count, or an amount such as 收费 with decimals. It is N × 10^-Scale, so
// "5949.088667" is N = 5949088667, Scale = 6 and no float ever rounds a
// published number. Blank means the report left (part of) it blank; a
// Blank value has no number and every result computed from it is Blank.
type Value struct {
	N     int64
	Scale int
	Blank bool
	// NA marks a figure the report's format does not have (a table-二
	// figure of the 2021 form in a 2019-format report). It is Blank too,
	// so that nothing is computed from it, but pages say 不适用, not 空白.
	NA bool
}

// notApplicable is the Value of a figure the report's format lacks.
var notApplicable = Value{Blank: true, NA: true}

// Unpublished reports whether the report left the figure blank, as
// opposed to its format not having it.
func (v Value) Unpublished() bool { return v.Blank && !v.NA }

// Count makes a Value of a published cell.
func Count(c Cell) Value { return Value{N: c.N, Blank: c.Blank} }

// Amount makes a Value of a published decimal. Text the loader accepted
// is digits with at most one point; anything else is Blank, never a guess.
func Amount(d Decimal) Value {
	if d.Blank {
		return Value{Blank: true}
	}
	whole, frac, _ := strings.Cut(d.Text, ".")
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil || whole == "" || whole[0] < '0' || whole[0] > '9' || (frac != "" && (frac[0] < '0' || frac[0] > '9')) || len(frac) > 12 {
		return Value{Blank: true}
	}
	return Value{N: n, Scale: len(frac)}
}

// String is the value as shown: "12", "5949.088667", or "/" when blank.
func (v Value) String() string {
	if v.NA {
		return "不适用"
	}
	if v.Blank {
		return "/"
	}
	neg := v.N < 0
	digits := strconv.FormatInt(abs(v.N), 10)
	if v.Scale > 0 {
		if len(digits) <= v.Scale {
			digits = strings.Repeat("0", v.Scale-len(digits)+1) + digits
		}
		digits = digits[:len(digits)-v.Scale] + "." + digits[len(digits)-v.Scale:]
	}
	if neg {
		return "−" + digits // U+2212, the minus sign, not a hyphen
	}
	return digits
}

// IsZero reports whether the value is a known zero.
func (v Value) IsZero() bool { return !v.Blank && v.N == 0 }

// Plus adds two values; the result is Blank if either is.
func (v Value) Plus(w Value) Value {
	if v.Blank || w.Blank {
		return Value{Blank: true}
	}
	a, b, s := align(v, w)
	return Value{N: a + b, Scale: s}
}

// Minus subtracts w from v; the result is Blank if either is.
func (v Value) Minus(w Value) Value {
	return v.Plus(Value{N: -w.N, Scale: w.Scale, Blank: w.Blank})
}

// Sum adds values; Blank if any is.
func Sum(vs ...Value) Value {
	var t Value
	for _, v := range vs {
		t = t.Plus(v)
	}
	return t
}

func align(v, w Value) (a, b int64, scale int) {
	a, b, scale = v.N, w.N, v.Scale
	for ; scale < w.Scale; scale++ {
		a *= 10
	}
	for s := w.Scale; s < scale; s++ {
		b *= 10
	}
	return a, b, scale
}

func (v Value) rat() *big.Rat {
	r := new(big.Rat).SetInt64(v.N)
	if v.Scale > 0 {
		r.Quo(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(v.Scale)), nil)))
	}
	return r
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// Rate is a quotient of two values, shown as a percentage. It is
// undefined when either value is blank or the denominator is zero; it is
// then shown as "—", never as NaN, ∞ or 0%.
type Rate struct {
	Num, Den Value
}

// Defined reports whether the rate has a value.
func (r Rate) Defined() bool { return !r.Num.Blank && !r.Den.Blank && r.Den.N != 0 }

// Undefined is what a page, JSON or CSV shows for a rate without value.
const Undefined = "—"

// String is the percentage with one decimal, "80.4%", rounded half away
// from zero; "—" when undefined.
func (r Rate) String() string {
	if !r.Defined() {
		return Undefined
	}
	return r.Percent() + "%"
}

// Percent is the percentage with one decimal and no sign of unit, e.g.
// "80.4" or "-12.5", for machine-readable output; "" when undefined.
func (r Rate) Percent() string {
	if !r.Defined() {
		return ""
	}
	if s, ok := r.percentCounts(); ok {
		return s
	}
	q := new(big.Rat).Quo(r.Num.rat(), r.Den.rat())
	q.Mul(q, big.NewRat(100, 1))
	s := q.FloatString(1)
	if s == "-0.0" {
		s = "0.0"
	}
	return s
}

// percentCounts is Percent in int64 arithmetic, for the common rate of
// two counts that cannot overflow it: big.Rat made Percent a tenth of a
// year page's cost. Rounding is Percent's: half away from zero.
func (r Rate) percentCounts() (string, bool) {
	const limit = 1e15 // × 1000 stays below 2⁶³
	a, b := r.Num.N, r.Den.N
	if r.Num.Scale != 0 || r.Den.Scale != 0 || abs(a) >= limit || abs(b) >= limit || b == 0 {
		return "", false
	}
	t := a * 1000 // tenths of a percent, times b
	q, rem := t/b, t%b
	if 2*abs(rem) >= abs(b) {
		if (t < 0) != (b < 0) {
			q--
		} else {
			q++
		}
	}
	u := abs(q)
	s := strconv.FormatInt(u/10, 10) + "." + strconv.FormatInt(u%10, 10)
	if q < 0 {
		s = "-" + s
	}
	return s, true
}

// Fraction is the rate as a decimal fraction with the given number of
// decimals at most ("0.8041", "1"), for JSON and CSV; "" when
// undefined.
func (r Rate) Fraction(decimals int) string {
	if !r.Defined() {
		return ""
	}
	s := new(big.Rat).Quo(r.Num.rat(), r.Den.rat()).FloatString(decimals)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// Change is the year-over-year change of one figure: the absolute delta
// and the relative one against the earlier year.
type Change struct {
	From, To Value
	Delta    Value // To − From; Blank when either is
	Rel      Rate  // Delta / From; undefined when From is 0 or blank
}

// ChangeOf compares a figure of two years.
func ChangeOf(from, to Value) Change {
	return Change{From: from, To: to, Delta: to.Minus(from), Rel: Rate{Num: to.Minus(from), Den: from}}
}

// Direction is the change in words: 增加, 减少, 持平, or "" when it cannot
// be told because a value is blank. Pages must never say it by colour alone.
func (c Change) Direction() string {
	switch {
	case c.Delta.Blank:
		return ""
	case c.Delta.N > 0:
		return "增加"
	case c.Delta.N < 0:
		return "减少"
	}
	return "持平"
}

// Signed is the delta with its sign: "+12", "−3", "0", or "—".
func (c Change) Signed() string {
	switch {
	case c.Delta.Blank:
		return Undefined
	case c.Delta.N > 0:
		return "+" + c.Delta.String()
	}
	return c.Delta.String()
}

// RelSigned is the relative change with its sign: "+14.1%", "−20.0%",
// "0.0%", or "—" when the earlier year is 0 or blank.
func (c Change) RelSigned() string {
	if !c.Rel.Defined() {
		return Undefined
	}
	p := c.Rel.Percent()
	switch {
	case strings.HasPrefix(p, "-"):
		return "−" + p[1:] + "%"
	case c.Delta.N > 0:
		return "+" + p + "%"
	}
	return p + "%"
}

// String says the change in words and signs: "增加 12（+14.1%）",
// "减少 3（−20.0%）", "持平", "增加 5（上年为 0）", or "—" when a
// value is blank.
func (c Change) String() string {
	switch {
	case c.Delta.Blank:
		return Undefined
	case c.Delta.N == 0:
		return "持平"
	}
	mag := c.Delta
	mag.N = abs(mag.N)
	rel := c.RelSigned()
	if !c.Rel.Defined() {
		rel = "上年为 0"
	}
	return c.Direction() + " " + mag.String() + "（" + rel + "）"
}
