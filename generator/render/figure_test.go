package render

import "testing"

// FigureHTML must write what the default theme's "table" partial wrote,
// which figureTemplate keeps: with and without a note, and for captions
// html/template escapes.
func TestFigureHTMLMatchesPartial(t *testing.T) {
	head := [][]Cell{{{Text: "项目", Header: true, ID: "t1-item"}, {Text: "2024年", Header: true, ID: "t1-v", Colspan: 2}}}
	body := [][]Cell{{{Text: "规章", Header: true, ID: "t1-r0", Headers: "t1-item"}, {Text: "3", Num: true, Headers: "t1-r0 t1-v"}, {Blank: true, Num: true, Headers: "t1-r0 t1-v"}}}
	for _, tb := range []Table{
		{ID: "t1", Caption: "二、主动公开政府信息情况", Head: head, Body: body},
		{ID: "t1", Caption: "三、收到和处理", Note: "某年报告将一组合并为一行印发时", Head: head, Body: body},
		{ID: "t1", Caption: "A+B <C> & \"D\" 'E'", Note: "x+y", Head: head, Body: body},
		{ID: "t\"1", Caption: "空表"},
		{ID: "c3", Class: "compared", ColGroups: []int{1, 3, 3}, Caption: "两年对比", Head: head, Body: body},
		{ID: "c3", Class: "a&b", ColGroups: []int{2}, Caption: "两年对比"},
	} {
		got, want := tb.FigureHTML(), tb.figureByTemplate()
		if got != want {
			t.Errorf("table %q:\ngot  %q\nwant %q", tb.Caption, got, want)
		}
	}
}
