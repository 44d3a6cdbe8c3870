package importer

import (
	"strings"
	"testing"
)

// TestThousands: figures printed with thousands separators are read
// whole, in text and in tables, ASCII or full-width in a cell; a comma
// that separates no thousands makes the cell unreadable, never cut.
func TestThousands(t *testing.T) {
	huaian := string(readSeed(t, "text/huaian-szf-2024.txt"))
	want, err := Import([]byte(huaian), Options{Name: "h.txt"})
	if err != nil {
		t.Fatal(err)
	}
	sep := strings.NewReplacer("447228", "447,228", "3985758", "3,985,758", "96171.6", "96,171.6").Replace(huaian)
	if sep == huaian {
		t.Fatal("test input unchanged")
	}
	got, err := Import([]byte(sep), Options{Name: "h.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(want.Report, got.Report); len(d) > 0 {
		t.Errorf("with separators: %v", d)
	}
	page := `<html><title>某局2023年政府信息公开工作年度报告</title><body>
<p>二、主动公开政府信息情况</p><table><tr><td>第二十条第（一）项</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>1</td><td>0</td><td>1，234</td></tr>
<tr><td>行政许可</td><td>2,629</td></tr><tr><td>行政处罚</td><td>0</td></tr><tr><td>行政强制</td><td>0</td></tr><tr><td>行政事业性收费</td><td>5,949.088667</td></tr></table></body></html>`
	res, err := Import([]byte(page), Options{Name: "p.html", Draft: true})
	if err != nil {
		t.Fatal(err)
	}
	a := res.Report.Active
	if a.Documents[1].Cells[2].N != 1234 || a.Decisions[0].N != 2629 || a.Fees.Text != "5949.088667" {
		t.Errorf("table 二 = %+v", a)
	}
	bad := strings.Replace(page, "2,629", "2,62", 1)
	_, err = Import([]byte(bad), Options{Name: "p.html"})
	if err == nil || !strings.Contains(err.Error(), "“2,62”") {
		t.Errorf("a malformed figure: err = %v", err)
	}
}
