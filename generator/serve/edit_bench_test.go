package serve

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"runtime/pprof"
	"strconv"
	"testing"
	"time"

	"github.com/gongkai/gongkai/generator/synthetic"
)

// The synthetic portal BenchmarkServeEditOneReport edits; the issue's
// target is 2,500 organs × 4 years:
//
//	TMPDIR=/dev/shm go test -run '^$' -bench EditOneReport -benchtime 20x ./generator/serve -args -bench.organs 2500
var (
	benchOrgans = flag.Int("bench.organs", 200, "organs of the synthetic portal BenchmarkServeEditOneReport edits")
	benchYears  = flag.Int("bench.years", 4, "years of reports per organ of that portal")
	editPause   = flag.Duration("bench.pause", 0, "wait this long between edits, untimed, as a clerk would (the caches go cold)")
	editProfile = flag.String("bench.editprofile", "", "write a CPU profile of the rebuilds only (not of the first build) to this file")
)

// BenchmarkServeEditOneReport is serve's answer to one saved report: the
// rebuild after a batch of changes holding one file of a middle year's
// report, from the batch to the new output in memory, with the previous
// build to reuse. "narrative" edits the .md, "data" the .toml (a comment
// line, which serve cannot tell from a changed figure). Each iteration
// alternates the file between two texts, so that every rebuild sees a
// real change. "figure" changes a headline figure of the .toml, which
// its year's page, /compare/ and data/reports.csv show. It reports the
// mean in ms/edit; serve logs each rebuild's own time.
func BenchmarkServeEditOneReport(b *testing.B) {
	dir := b.TempDir()
	opts := synthetic.Options{Organs: *benchOrgans, Years: *benchYears, Seed: 1}
	if _, _, err := synthetic.Write(dir, opts); err != nil {
		b.Fatal(err)
	}
	entries, err := os.ReadDir(filepath.Join(dir, "content"))
	if err != nil || len(entries) == 0 {
		b.Fatal("no organ", err)
	}
	prev := build(dir, nil, nil)
	if !prev.ok() {
		b.Fatal(prev.problems)
	}
	base := filepath.ToSlash(filepath.Join("content", entries[len(entries)/2].Name(), strconv.Itoa(opts.Years/2+2021)))
	appending := func(s string) func([]byte) []byte {
		return func(b []byte) []byte { return append(append([]byte{}, b...), s...) }
	}
	for _, e := range []struct {
		name, rel string
		edit      func([]byte) []byte
	}{
		{"narrative", base + ".md", appending("\n补充说明一句。\n")},
		{"data", base + ".toml", appending("\n# 核对过\n")},
		{"figure", base + ".toml", func(b []byte) []byte {
			// 行政处罚 is a headline figure no rule ties to another.
			return punishment.ReplaceAllFunc(b, func(m []byte) []byte {
				n, _ := strconv.Atoi(string(punishment.FindSubmatch(m)[1]))
				return []byte("punishment = " + strconv.Itoa(n+1))
			})
		}},
	} {
		b.Run(e.name, func(b *testing.B) {
			prev = editLoop(b, dir, e.rel, e.edit, prev)
		})
	}
}

var punishment = regexp.MustCompile(`punishment = (\d+)`)

// editLoop edits rel in turns and rebuilds after each edit; it returns
// the last build.
func editLoop(b *testing.B, dir, rel string, edit func([]byte) []byte, prev *outcome) *outcome {
	path := filepath.Join(dir, filepath.FromSlash(rel))
	original, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	edited := edit(original)
	if bytes.Equal(edited, original) {
		b.Fatalf("%s: the edit changes nothing", rel)
	}
	if *editProfile != "" {
		f, err := os.Create(*editProfile + "." + filepath.Base(b.Name()))
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			b.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	change := []Change{{rel, Modified}}
	out, i := prev, 0
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		text := edited
		if i%2 == 1 {
			text = original
		}
		i++
		if err := os.WriteFile(path, text, 0o644); err != nil {
			b.Fatal(err)
		}
		time.Sleep(*editPause)
		b.StartTimer()
		if out = build(dir, change, out); !out.ok() {
			b.Fatal(out.problems)
		}
	}
	b.StopTimer()
	if err := os.WriteFile(path, original, 0o644); err != nil {
		b.Fatal(err)
	}
	if out = build(dir, change, out); !out.ok() {
		b.Fatal(out.problems)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/edit")
	b.ReportMetric(float64(out.pages-out.reused), "pages-rendered")
	b.ReportMetric(float64(out.reused), "pages-reused")
	return out
}
