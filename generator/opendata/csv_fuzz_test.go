package opendata

import (
	"bytes"
	"encoding/csv"
	"testing"
)

// FuzzCSVRecord: whatever the text, a record reads back with
// encoding/csv as the same fields (after the formula guard), on one
// logical line.
func FuzzCSVRecord(f *testing.F) {
	for _, s := range []string{"", "a,b", `"`, "=1+1", "line\r\nbreak", " lead", "平潭,\"综合\""} {
		f.Add(s, "x")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		var buf bytes.Buffer
		c := newCSV(&buf, false)
		c.record(a, b)
		if err := c.flush(); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatalf("%q: %v", buf.String(), err)
		}
		// encoding/csv turns \r\n inside a quoted field into \n.
		want := []string{crlf(SafeText(a)), crlf(SafeText(b))}
		if len(recs) != 1 || len(recs[0]) != 2 || recs[0][0] != want[0] || recs[0][1] != want[1] {
			t.Errorf("wrote %q, read back %q, want %q", buf.String(), recs, want)
		}
	})
}

func crlf(s string) string { return string(bytes.ReplaceAll([]byte(s), []byte("\r\n"), []byte("\n"))) }
