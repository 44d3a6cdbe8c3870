package synthetic

import (
	"math"
	"math/rand/v2"

	"github.com/gongkai/gongkai/generator/report"
)

// size is how many applications an organ receives in a typical year.
type size int

const (
	small  size = iota // ≤ 50 applications: about 80% of reports
	medium             // 51–300: about 14%
	large              // 301 up to a few thousand: about 6%
)

func pickSize(rng *rand.Rand) size {
	switch u := rng.Float64(); {
	case u < 0.80:
		return small
	case u < 0.94:
		return medium
	}
	return large
}

// received draws the year's new applications for an organ of size s.
func received(rng *rand.Rand, s size) int64 {
	switch s {
	case small:
		u := rng.Float64()
		return int64(51 * u * u) // most organs receive a handful
	case medium:
		return 51 + rng.Int64N(250)
	}
	return int64(math.Exp(math.Log(301) + rng.Float64()*(math.Log(4000)-math.Log(301))))
}

const cols = 7 // cells of a table-三 row; the last is 总计

type row [cols]int64

// tables holds one report's figures, rows indexed like report.ApplicationRows
// and report.AppealRows.
type tables struct {
	apps          [25]row
	appeals       [3][5]int64
	otherSubtotal bool // （六）其他处理 printed as one line, as some reports do
	docs          [2][3]int64
	decisions     [3]int64
	fees          string
}

// Indexes into report.ApplicationRows of the rows the generator sets by
// hand; the rest are results, found by their Result flag.
var (
	rowNew       = report.ApplicationIndex("applications.new")
	rowOver      = report.ApplicationIndex("applications.carried_over")
	rowTotal     = report.ApplicationIndex("applications.results.total")
	rowForward   = report.ApplicationIndex("applications.carried_forward")
	rowDisclosed = report.ApplicationIndex("applications.results.disclosed")
)

// resultWeights is how results usually spread over the rows of table 三,
// keyed by the row's last path element.
var resultWeights = map[string]float64{
	"disclosed": 50, "partially_disclosed": 12,
	"state_secret": 0.5, "prohibited_by_law": 0.5, "security_stability": 0.5, "third_party_rights": 1.5,
	"internal_affairs": 1, "process_information": 1.5, "enforcement_files": 0.5, "administrative_query": 2,
	"not_held": 15, "needs_creation": 3, "unclear": 2,
	"complaint": 2, "duplicate": 2, "publication": 0.3, "excessive": 0.5, "confirmation": 0.5,
	"no_correction": 2, "no_fee_payment": 0.1, "other": 4,
}

// applicantWeights spread applications over the six applicant columns.
var applicantWeights = []float64{85, 8, 0.5, 0.5, 3, 3}

func newTables(rng *rand.Rand, o organ, s size, prev *tables) *tables {
	t := &tables{otherSubtotal: rng.Float64() < 0.05}
	t.apps[rowNew] = spreadRow(rng, received(rng, s), applicantWeights)
	if prev != nil {
		t.apps[rowOver] = prev.apps[rowForward] // the carry-over rule
	} else if s != small && rng.Float64() < 0.3 {
		t.apps[rowOver] = spreadRow(rng, 1+rng.Int64N(int64(s)*8), applicantWeights)
	}
	var results []int
	var weights []float64
	for i, spec := range report.ApplicationRows {
		if spec.Result {
			results = append(results, i)
			weights = append(weights, resultWeights[spec.Key()]*(0.3+1.4*rng.Float64()))
		}
	}
	for c := 0; c < cols-1; c++ {
		open := t.apps[rowNew][c] + t.apps[rowOver][c]
		if rng.Float64() < 0.5 {
			t.apps[rowForward][c] = int64(float64(open) * 0.06 * rng.Float64())
		}
		done := open - t.apps[rowForward][c]
		t.apps[rowTotal][c] = done
		for k, n := range spread(rng, done, weights) {
			t.apps[results[k]][c] = n
		}
	}
	for i := range t.apps {
		t.apps[i][cols-1] = 0
		for c := 0; c < cols-1; c++ {
			t.apps[i][cols-1] += t.apps[i][c]
		}
	}
	if rng.Float64() < 0.2 {
		t.appealsFor(rng, t.apps[rowNew][cols-1])
	}
	t.active(rng, o)
	return t
}

// appealsFor fills table 四 of one of the fifth of reports that have any.
func (t *tables) appealsFor(rng *rand.Rand, received int64) {
	scale := 1 + received/40
	for i := range t.appeals {
		n := rng.Int64N(scale + 1)
		if i == 0 && n == 0 {
			n = 1
		}
		if i > 0 {
			n /= int64(i + 1)
		}
		parts := spread(rng, n, []float64{6, 2, 1, 1})
		var total int64
		for c, v := range parts {
			t.appeals[i][c] = v
			total += v
		}
		t.appeals[i][4] = total
	}
}

// active fills table 二.
func (t *tables) active(rng *rand.Rand, o organ) {
	if o.dept.government {
		t.docs[0] = [3]int64{rng.Int64N(3), rng.Int64N(2), 5 + rng.Int64N(35)}
	}
	t.docs[1] = [3]int64{rng.Int64N(12), rng.Int64N(5), 3 + rng.Int64N(120)}
	for i := range t.decisions {
		if rng.Float64() < 0.45 {
			continue
		}
		t.decisions[i] = int64(math.Exp(rng.Float64() * math.Log(float64(20000/(i*i+1)))))
	}
	switch u := rng.Float64(); {
	case u < 0.5:
		t.fees = "0"
	case u < 0.7:
		t.fees = itoa(1 + rng.Int64N(9000))
	default:
		// Decimals as published: two places, or six from a 元 figure.
		places := 2
		if rng.Float64() < 0.4 {
			places = 6
		}
		t.fees = decimal(rng.Int64N(90000), rng.Int64N(pow10(places)), places)
	}
}

// spreadRow spreads n applications over the six applicant columns and
// sets the 总计 cell.
func spreadRow(rng *rand.Rand, n int64, weights []float64) row {
	var r row
	for c, v := range spread(rng, n, weights) {
		r[c] = v
		r[cols-1] += v
	}
	return r
}

// spread splits n into len(weights) non-negative parts that sum to n,
// roughly in proportion to the weights. Small counts are drawn one by one
// so that they scatter the way real small numbers do.
func spread(rng *rand.Rand, n int64, weights []float64) []int64 {
	parts := make([]int64, len(weights))
	var sum float64
	for _, w := range weights {
		sum += w
	}
	if n > 64 {
		left := n
		for i, w := range weights {
			parts[i] = int64(float64(n) * w / sum)
			left -= parts[i]
		}
		n = left
	}
	for ; n > 0; n-- {
		parts[pick(rng, weights, sum)]++
	}
	return parts
}

func pick(rng *rand.Rand, weights []float64, sum float64) int {
	u := rng.Float64() * sum
	for i, w := range weights {
		if u < w {
			return i
		}
		u -= w
	}
	return len(weights) - 1
}
