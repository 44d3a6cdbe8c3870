package content

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/gongkai/gongkai/generator/synthetic"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// sameAsLibrary fails unless fastTOML either declines src or gives
// exactly what toml.Decode gives.
func sameAsLibrary(t *testing.T, name, src string) (fast bool) {
	t.Helper()
	got, ok := fastTOML(src)
	if !ok {
		return false
	}
	var want map[string]any
	if _, err := toml.Decode(src, &want); err != nil {
		t.Fatalf("%s: fastTOML accepted what toml.Decode refuses (%v):\n%s", name, err, src)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: fastTOML gives\n%#v\ntoml.Decode gives\n%#v\nfor\n%s", name, got, want, src)
	}
	return true
}

// TestFastTOMLMatches decodes every TOML file of the example portal, of a
// synthetic portal and of the bad-input catalogue both ways. The example
// and synthetic files must all take the fast path.
func TestFastTOMLMatches(t *testing.T) {
	synth := t.TempDir()
	if _, _, err := synthetic.Write(synth, synthetic.Options{Organs: 12, Years: 5, FirstYear: 2019, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	for _, root := range []string{"../../content", filepath.Join(synth, "content")} {
		files, _ := filepath.Glob(filepath.Join(root, "*", "*.toml"))
		if len(files) < 10 {
			t.Fatalf("%s: only %d TOML files", root, len(files))
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if !sameAsLibrary(t, f, string(b)) {
				t.Errorf("%s: not read by the fast path", f)
			}
		}
	}
	cases, _ := filepath.Glob("../../testdata/bad/*.txtar")
	fast := 0
	for _, c := range cases {
		b, err := os.ReadFile(c)
		if err != nil {
			t.Fatal(err)
		}
		for name, src := range sitetest.Parse(string(b)) {
			if strings.HasSuffix(name, ".toml") && sameAsLibrary(t, c+": "+name, src) {
				fast++
			}
		}
	}
	t.Logf("%d bad-input cases, %d of their TOML files read by the fast path", len(cases), fast)
}

func TestFastTOMLDeclines(t *testing.T) {
	for _, src := range []string{
		`a = "x\ty"` + "\n" + `b = "\u00e9"`, // escapes
		"a = \"\"\"\nx\n\"\"\"",              // multi-line string
		`a = ""`,                             // empty string: left to the library
		"a.b = 1",                            // dotted key
		`"a" = 1`,                            // quoted key
		"a = 1\na = 2",                       // duplicate key
		"[t]\n[t]",                           // duplicate table
		"[t]\nx = 1\n[t.x]",                  // a table over a value
		"t = {x = 1}\n[t]",                   // a table over an inline table
		"[[a]]\n[a]",                         // a table over an array of tables
		"[[a]]\n[a.b]",                       // a header through an array of tables
		"a = 1e3",                            // exponent
		"a = 1_000",                          // underscore
		"a = +1",                             // plus sign
		"a = 07",                             // leading zero
		"a = 1.",                             // no fraction digits
		"a = 99999999999999999999",           // out of range
		"a = 2024-01-20T10:00:00",            // a date-time
		"a = 2024-01-20 10:00:00",            // a date-time with a space
		"a = 2024-02-30",                     // no such day
		"a = inf",                            // special float
		"a = [{x = 1}]",                      // array of inline tables
		"a = {x = 1,}",                       // trailing comma in an inline table
		"a = {x = 1,\ny = 2}",                // inline table over two lines
		"a = 1 b = 2",                        // two values on a line
		"[ t ]",                              // spaces in a header
		"a = 1\r",                            // lone carriage return
		"a = 1 # \x01",                       // control character in a comment
		"\ufeffa = 1",                        // byte order mark
		"a = tru",                            // not a value
	} {
		if m, ok := fastTOML(src); ok {
			t.Errorf("fastTOML accepted %q as %#v; it must leave it to the library", src, m)
		}
	}
}

func TestFastTOMLReads(t *testing.T) {
	for _, src := range []string{
		"a = 1\nb = -2\nc = 0\nd = -0\ne = 3.25\nf = -0.5\ng = 9223372036854775807",
		"s = \"数据\"\nl = 'C:\\path'\nt = true\nf = false\nd = 2024-01-20",
		"x = [1, 2, \"/\", 3]\ny = [\n  1, # one\n  2,\n]\nz = [[1, 2], [3]]\ne = []",
		"t = { issued = 1, repealed = 0, in_force = 20 }\nu = {}",
		"[a.b]\nx = 1\n[a]\ny = 2\n[c]\n",
		"[[ack]]\nrule = \"r\"\n[[ack]]\nrule = \"s\"\n[tail]\nk = 1",
		"# comment\r\n\r\na = 1\r\n[t] # table\r\nb = [1,\r\n2]\r\n",
		"\tkey-1_A = 1\t# tab",
	} {
		if !sameAsLibrary(t, "case", src) {
			t.Errorf("fastTOML declined %q", src)
		}
	}
}

// FuzzFastTOML: whatever fastTOML accepts, toml.Decode reads the same.
func FuzzFastTOML(f *testing.F) {
	for _, s := range []string{
		"a = 1\n[t]\nb = [1, 2, \"/\"]\nc = { x = 1 }\n[[ack]]\nrule = \"r\"\n",
		"format = \"2021\"\nyear = 2024\npublished = 2025-01-20\nfees = 12.50\n",
		"[a.b]\nx = 1\n[a]\ny = 2\n",
		"x = [\n 1, # c\n 2,\n]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) { sameAsLibrary(t, "fuzz", src) })
}
