package chart

import (
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func sample() Bars {
	return Bars{
		ID:         "apps",
		Title:      "历年政府信息公开申请及办理结果",
		Categories: []string{"2021年", "2022年", "2023年"},
		Series: []Series{
			{Name: "本年新收", Values: []Value{{N: 96}, {N: 120}, {N: 85}}},
			{Name: "予以公开", Values: []Value{{N: 78}, {N: 90}, {Missing: true}}},
			{Name: "部分公开", Values: []Value{{N: 3}, {N: 0}, {N: 7}}},
			{Name: "其他办理结果", Values: []Value{{N: 15}, {N: 30}, {N: 12}}},
		},
	}
}

func TestGolden(t *testing.T) {
	got := sample().SVG() + "\n"
	golden := filepath.Join("testdata", "bars.svg")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("SVG differs from %s; if the change is intended, run go test ./generator/chart -update\n%s", golden, got)
	}
}

func TestAccessible(t *testing.T) {
	svg := sample().SVG()
	if err := xml.Unmarshal([]byte(svg), new(struct{})); err != nil {
		t.Fatalf("not well-formed XML: %v", err)
	}
	for _, want := range []string{
		`role="img"`,
		`aria-labelledby="apps-title apps-desc"`,
		`<title id="apps-title">历年政府信息公开申请及办理结果</title>`,
		`<desc id="apps-desc">2021年：本年新收 96，予以公开 78，部分公开 3，其他办理结果 15；2022年：本年新收 120，予以公开 90，部分公开 0，其他办理结果 30；2023年：本年新收 85，予以公开 空白，部分公开 7，其他办理结果 12。</desc>`,
		`<g aria-hidden="true"`,
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %s", want)
		}
	}
	// Every series has its own pattern, so print and colour-blind readers
	// can tell them apart.
	for i := range sample().Series {
		if !strings.Contains(svg, `id="apps-p`+itoa(i)+`"`) {
			t.Errorf("series %d has no pattern", i)
		}
	}
	if strings.Contains(svg, "<script") || strings.Contains(svg, "NaN") {
		t.Error("SVG must be static and numeric")
	}
}

func TestScale(t *testing.T) {
	tests := []struct{ hi, max, step int64 }{
		{0, 4, 1}, {3, 3, 1}, {7, 8, 2}, {96, 100, 50}, {120, 150, 50}, {1234, 1500, 500},
	}
	for _, tt := range tests {
		max, step := scale([]Series{{Values: []Value{{N: tt.hi}}}})
		if max != tt.max || step != tt.step {
			t.Errorf("scale(%d) = %d, %d; want %d, %d", tt.hi, max, step, tt.max, tt.step)
		}
		if max < tt.hi {
			t.Errorf("scale(%d): top %d below the highest bar", tt.hi, max)
		}
	}
}

func TestEscapes(t *testing.T) {
	b := Bars{ID: "x", Title: `<a&"b">`, Categories: []string{"<y>"}, Series: []Series{{Name: "<s>", Values: []Value{{N: 1}}}}}
	svg := b.SVG()
	if strings.Contains(svg, "<a&") || strings.Contains(svg, "<y>") || strings.Contains(svg, "<s>") {
		t.Errorf("text not escaped:\n%s", svg)
	}
}

// TestGeometry: a chart of one year is not drawn narrow (it would be
// scaled up to the column, its text several times too large), bars stay
// inside the plot, and every legend entry fits inside the chart.
func TestGeometry(t *testing.T) {
	long := "其他办理结果（三至六项）之一个很长的图例名称"
	for _, n := range []int{1, 2, 3, 8} {
		b := sample()
		b.Categories = b.Categories[:0]
		for i := 0; i < n; i++ {
			b.Categories = append(b.Categories, itoa(2020+i)+"年")
		}
		b.Series[3].Name = long
		var doc struct {
			ViewBox string `xml:"viewBox,attr"`
			G       struct {
				Rects []struct {
					X     int `xml:"x,attr"`
					Width int `xml:"width,attr"`
				} `xml:"rect"`
				Texts []struct {
					X    int    `xml:"x,attr"`
					Text string `xml:",chardata"`
				} `xml:"text"`
			} `xml:"g"`
		}
		if err := xml.Unmarshal([]byte(b.SVG()), &doc); err != nil {
			t.Fatal(err)
		}
		f := strings.Fields(doc.ViewBox)
		width, _ := strconv.Atoi(f[2])
		if width < minWidth {
			t.Errorf("%d years: %d units wide, want at least %d", n, width, minWidth)
		}
		for _, r := range doc.G.Rects {
			if r.X < 0 || r.X+r.Width > width-marginR {
				t.Errorf("%d years: a rect at %d+%d leaves the %d-unit chart", n, r.X, r.Width, width)
			}
		}
		for _, tx := range doc.G.Texts {
			if tx.Text == long && tx.X+legendWidth(long)-20 > width {
				t.Errorf("%d years: the legend entry at %d runs past the %d-unit chart", n, tx.X, width)
			}
		}
	}
}
