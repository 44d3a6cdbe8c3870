package serve

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/site"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// bigPortal is a district-sized portal: organs × years reports.
func bigPortal(b *testing.B, organs, years int) string {
	var a strings.Builder
	a.WriteString("-- config.toml --\n" + strings.Replace(sitetest.Config, "minify = false", "minify = true", 1))
	for o := 0; o < organs; o++ {
		ys := make([]int, years)
		for i := range ys {
			ys[i] = 2021 + i
		}
		a.WriteString(organ(fmt.Sprintf("organ-%02d", o), fmt.Sprintf("第%d局", o), ys...))
	}
	return sitetest.Write(b, a.String())
}

// BenchmarkRebuild compares a full in-memory build with the incremental
// rebuild after an edit of one report's narrative.
func BenchmarkRebuild(b *testing.B) {
	dir := bigPortal(b, 40, 5)
	prev := build(dir, nil, nil)
	if !prev.ok() {
		b.Fatal(prev.problems)
	}
	change := []Change{{"content/organ-07/2023.md", Modified}}
	b.Run("full", func(b *testing.B) {
		for b.Loop() {
			build(dir, nil, prev)
		}
		b.ReportMetric(float64(prev.pages*b.N)/b.Elapsed().Seconds(), "pages/s")
	})
	b.Run("load-only", func(b *testing.B) {
		for b.Loop() {
			if _, err := site.Load(site.Options{Source: dir}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("one-report", func(b *testing.B) {
		var out *outcome
		for b.Loop() {
			out = build(dir, change, prev)
		}
		b.ReportMetric(float64(out.pages-out.reused), "rendered")
		b.ReportMetric(float64(out.reused), "reused")
	})
}
