package editdist

import "testing"

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "abc", 3},
		{"source", "sorce", 1}, {"application", "applications", 1},
		{"kitten", "sitting", 3}, {"force", "source", 2},
	} {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestNearest(t *testing.T) {
	keys := []string{"format", "year", "published", "active", "applications", "appeals"}
	for name, want := range map[string]string{
		"application": "applications", "apeals": "appeals", "yaer": "year",
		"publish": "published", "x": "", "ab": "", "fromat": "format", "acts": "",
	} {
		if got := Nearest(name, keys); got != want {
			t.Errorf("Nearest(%q) = %q, want %q", name, got, want)
		}
	}
}
