package report

import "testing"

func TestAmountRoundTrips(t *testing.T) {
	for _, text := range []string{"0", "0.0", "12.5", "5949.088667", "0.05"} {
		if got := Amount(Decimal{Text: text}).String(); got != text {
			t.Errorf("Amount(%q).String() = %q", text, got)
		}
	}
	if !Amount(Decimal{Blank: true}).Blank || !Amount(Decimal{Text: "1.2.3"}).Blank {
		t.Error("a blank or malformed amount must be Blank, not a guessed number")
	}
}

func TestValueArithmetic(t *testing.T) {
	a, b := Amount(Decimal{Text: "1.25"}), Amount(Decimal{Text: "3"})
	if got := a.Plus(b).String(); got != "4.25" {
		t.Errorf("1.25 + 3 = %s", got)
	}
	if got := a.Minus(b).String(); got != "−1.75" {
		t.Errorf("1.25 − 3 = %s", got)
	}
	if !Sum(Value{N: 1}, Value{Blank: true}).Blank {
		t.Error("a sum with a blank part must be Blank")
	}
}

func TestRate(t *testing.T) {
	tests := []struct {
		num, den Value
		want     string
	}{
		{Value{N: 78}, Value{N: 97}, "80.4%"},
		{Value{N: 1}, Value{N: 8}, "12.5%"}, // half rounds away from zero
		{Value{N: 1}, Value{N: 3}, "33.3%"},
		{Value{N: 0}, Value{N: 5}, "0.0%"},
		{Value{N: 0}, Value{N: 0}, "—"}, // zero denominator
		{Value{N: 3}, Value{N: 0}, "—"},
		{Value{Blank: true}, Value{N: 4}, "—"},
		{Value{N: 1}, Value{Blank: true}, "—"},
	}
	for _, tt := range tests {
		r := Rate{Num: tt.num, Den: tt.den}
		if got := r.String(); got != tt.want {
			t.Errorf("Rate{%v, %v} = %q, want %q", tt.num, tt.den, got, tt.want)
		}
		if (tt.want == Undefined) == r.Defined() {
			t.Errorf("Rate{%v, %v}.Defined() = %v", tt.num, tt.den, r.Defined())
		}
	}
}

func TestChange(t *testing.T) {
	tests := []struct {
		from, to                  Value
		words, signed, rel, delta string
	}{
		{Value{N: 85}, Value{N: 97}, "增加 12（+14.1%）", "+12", "+14.1%", "增加"},
		{Value{N: 15}, Value{N: 12}, "减少 3（−20.0%）", "−3", "−20.0%", "减少"},
		{Value{N: 7}, Value{N: 7}, "持平", "0", "0.0%", "持平"},
		{Value{N: 0}, Value{N: 5}, "增加 5（上年为 0）", "+5", "—", "增加"},
		{Value{N: 0}, Value{N: 0}, "持平", "0", "—", "持平"},
		{Value{Blank: true}, Value{N: 5}, "—", "—", "—", ""},
	}
	for _, tt := range tests {
		c := ChangeOf(tt.from, tt.to)
		if c.String() != tt.words || c.Signed() != tt.signed || c.RelSigned() != tt.rel || c.Direction() != tt.delta {
			t.Errorf("ChangeOf(%v, %v) = %q %q %q %q, want %q %q %q %q", tt.from, tt.to,
				c.String(), c.Signed(), c.RelSigned(), c.Direction(), tt.words, tt.signed, tt.rel, tt.delta)
		}
	}
}

// FuzzAmount: any text is either Blank or an exact amount that prints
// back to an equal amount; never a panic.
func FuzzAmount(f *testing.F) {
	for _, s := range []string{"0", "0.0", "12.5", "5949.088667", "-1", "1e3", ".5", "1.", "99999999999999999999", "1.+2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := Amount(Decimal{Text: s})
		if v.Blank {
			return
		}
		if v.N < 0 {
			t.Fatalf("Amount(%q) = %v: amounts are never negative", s, v)
		}
		if w := Amount(Decimal{Text: v.String()}); w != v {
			t.Fatalf("Amount(%q) = %v prints as %q, which reads back as %v", s, v, v.String(), w)
		}
	})
}
