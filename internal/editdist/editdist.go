// Package editdist measures how far apart two short ASCII names are, to
// suggest the one meant when a user mistypes an option or a key.
package editdist

// Distance is the Levenshtein distance between a and b, by bytes.
func Distance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// Nearest returns the candidate within two edits of name (one for names
// of one or two bytes), the closest first, or "".
func Nearest(name string, candidates []string) string {
	best, bestDist := "", 3
	if len(name) <= 2 {
		bestDist = 2
	}
	for _, c := range candidates {
		if d := Distance(name, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}
