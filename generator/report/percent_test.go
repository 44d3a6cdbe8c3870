package report

import (
	"math/big"
	"testing"
)

// The int64 Percent agrees with big.Rat's rounding on every rate of two
// counts, negative ones (changes) included, at every half.
func TestPercentCounts(t *testing.T) {
	slow := func(r Rate) string {
		q := new(big.Rat).Quo(r.Num.rat(), r.Den.rat())
		q.Mul(q, big.NewRat(100, 1))
		s := q.FloatString(1)
		if s == "-0.0" {
			s = "0.0"
		}
		return s
	}
	nums := []int64{0, 1, -1, 2, 3, 5, 7, 13, 200, 999, 1000, 1001, 12345, -12345, 1 << 40, -(1 << 40)}
	dens := []int64{1, -1, 2, 3, 7, 8, 16, 2000, 3000, 99999, -7, 1 << 41}
	for n := int64(-2001); n <= 2001; n++ {
		nums = append(nums, n)
	}
	for _, a := range nums {
		for _, b := range dens {
			r := Rate{Num: Value{N: a}, Den: Value{N: b}}
			got, ok := r.percentCounts()
			if !ok {
				t.Fatalf("%d/%d: not computed in int64", a, b)
			}
			if want := slow(r); got != want {
				t.Errorf("%d/%d: %s, want %s", a, b, got, want)
			}
		}
	}
	if _, ok := (Rate{Num: Value{N: 5, Scale: 2}, Den: Value{N: 3}}).percentCounts(); ok {
		t.Error("an amount with decimals took the int64 path")
	}
}
