package synthetic

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// The generated mix follows the one the benchmarks claim: about 80% of
// reports with at most 50 applications, 14% with 51–300, 6% above; about
// a fifth with appeals; some fees with decimals; narratives of 1–4 KB.
func TestMix(t *testing.T) {
	const n = 4000
	var le50, le300, above, appeals, decimals int
	var maxApps int64
	for i := 0; i < n; i++ {
		rng := rand.New(rand.NewPCG(9, uint64(i)))
		o := newOrgan(i)
		tb := newTables(rng, o, pickSize(rng), nil)
		switch apps := tb.apps[rowNew][cols-1]; {
		case apps <= 50:
			le50++
		case apps <= 300:
			le300++
		default:
			above++
			maxApps = max(maxApps, apps)
		}
		if tb.appeals[0][4] > 0 {
			appeals++
		}
		if strings.Contains(tb.fees, ".") {
			decimals++
		}
		if i < 200 {
			md := narrative(rng, o, 2023, tb)
			if len(md) < 1024 || len(md) > 4096+256 || !utf8.Valid(md) {
				t.Errorf("organ %d: narrative of %d bytes", i, len(md))
			}
		}
	}
	within := func(name string, got int, want float64) {
		if share := float64(got) / n; share < want-0.03 || share > want+0.03 {
			t.Errorf("%s: %.3f of reports, want about %.2f", name, share, want)
		}
	}
	within("≤50 applications", le50, 0.80)
	within("51–300 applications", le300, 0.14)
	within(">300 applications", above, 0.06)
	within("appeals", appeals, 0.20)
	if decimals == 0 || maxApps < 1000 || maxApps > 5000 {
		t.Errorf("decimal fees %d, largest report %d applications", decimals, maxApps)
	}
}
