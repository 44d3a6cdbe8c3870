// Command hugo writes a Hugo site with the same reports, and the same
// kinds of output, as a gongkai portal: each report a page (its narrative
// as the page's Markdown, its tables from TOML front matter, rendered by
// loops in the layout) with a JSON and a CSV file; each report after
// another a comparison page built from both reports' tables; each organ
// a section page with its feed; a page per year (a taxonomy) listing
// that year's reports with a figure each; the home page, its feed and
// the sitemap. It is the comparison docs/performance.md reports.
//
//	go run ./bench/hugo -portal /dev/shm/gb/portal -out /dev/shm/gb/hugo
//	cd /dev/shm/gb/hugo && hugo --quiet -d ../hugo-out
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	portal := flag.String("portal", "", "a gongkai portal (its content/ is read)")
	out := flag.String("out", "", "the Hugo site to write (replaced)")
	flag.Parse()
	if *portal == "" || *out == "" {
		log.Fatal("usage: go run ./bench/hugo -portal DIR -out DIR")
	}
	if err := os.RemoveAll(*out); err != nil {
		log.Fatal(err)
	}
	write := func(rel, text string) {
		p := filepath.Join(*out, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	write("hugo.toml", hugoConfig)
	for name, text := range layouts {
		write("layouts/"+name, text)
	}
	organs, err := os.ReadDir(filepath.Join(*portal, "content"))
	if err != nil {
		log.Fatal(err)
	}
	reports := 0
	for _, o := range organs {
		dir := filepath.Join(*portal, "content", o.Name())
		org, err := os.ReadFile(filepath.Join(dir, "org.toml"))
		if err != nil {
			continue
		}
		write("content/"+o.Name()+"/_index.md", "+++\n"+strings.Replace(string(org), "name =", "title =", 1)+"+++\n")
		files, _ := filepath.Glob(filepath.Join(dir, "*.toml"))
		for _, f := range files {
			year := strings.TrimSuffix(filepath.Base(f), ".toml")
			if year == "org" {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				log.Fatal(err)
			}
			md, err := os.ReadFile(strings.TrimSuffix(f, ".toml") + ".md")
			if err != nil {
				log.Fatal(err)
			}
			// The report's own keys follow the page's: Hugo keeps the
			// ones it does not know as .Params.
			front := fmt.Sprintf("title = %q\nweight = %s\nyears = [%q]\n", year+"年政府信息公开工作年度报告", year, year)
			body := strings.Replace(string(data), "\npublished", "\n# published", 1)
			write("content/"+o.Name()+"/"+year+".md", "+++\n"+front+body+"+++\n"+string(md))
			reports++
			prev := fmt.Sprint(atoi(year) - 1)
			if _, err := os.Stat(filepath.Join(dir, prev+".toml")); err == nil {
				write("content/"+o.Name()+"/"+year+"-compare.md", fmt.Sprintf(
					"+++\ntitle = %q\nurl = \"/%s/%s/compare/\"\nlayout = \"compare\"\noutputs = [\"HTML\"]\nprev = \"%s/%s\"\ncur = \"%s/%s\"\n+++\n",
					year+"年与"+prev+"年数据对比", o.Name(), year, o.Name(), prev, o.Name(), year))
			}
		}
	}
	fmt.Printf("%d organs, %d reports\n", len(organs), reports)
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

const hugoConfig = `baseURL = "https://example.gov.cn/nianbao/"
languageCode = "zh-CN"
title = "政府信息公开工作年度报告"
disableKinds = ["robotsTXT", "404"]
[taxonomies]
year = "years"
[outputs]
page = ["HTML", "JSON", "CSV"]
section = ["HTML", "RSS"]
home = ["HTML", "RSS"]
[outputFormats.CSV]
mediaType = "text/csv"
baseName = "report"
isPlainText = true
[outputFormats.JSON]
baseName = "report"
[minify]
minifyOutput = true
`

var layouts = map[string]string{
	"_default/baseof.html": `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} - {{.Site.Title}}</title>
<link rel="canonical" href="{{.Permalink}}"></head>
<body>
<header><a href="{{relURL "/"}}">{{.Site.Title}}</a></header>
<nav aria-label="当前位置"><ol><li><a href="{{relURL "/"}}">首页</a></li>{{with .Parent}}<li><a href="{{.RelPermalink}}">{{.Title}}</a></li>{{end}}</ol></nav>
<main><h1>{{.Title}}</h1>
{{block "main" .}}{{end}}
</main>
<footer><p>本站由 Hugo 生成。</p></footer>
</body>
</html>
`,
	"_default/single.html": `{{define "main"}}
<p class="meta"><a href="{{.Parent.RelPermalink}}">{{.Parent.Title}}</a> · {{.Weight}}年度</p>
{{.Content}}
{{range $table, $rows := .Params}}{{if reflect.IsMap $rows}}
<figure class="table-figure"><div class="table-scroll" role="region" aria-labelledby="{{$table}}-caption" tabindex="0">
<table id="{{$table}}" class="official"><caption id="{{$table}}-caption">{{$table}}</caption>
<tbody>
{{partial "rows.html" (dict "rows" $rows "label" "")}}</tbody></table></div></figure>
{{end}}{{end}}
{{with .PrevInSection}}<a rel="prev" href="{{.RelPermalink}}">{{.Title}}</a>{{end}}
{{with .NextInSection}}<a rel="next" href="{{.RelPermalink}}">{{.Title}}</a>{{end}}
{{end}}`,
	"partials/rows.html": `{{$label := .label}}{{range $key, $row := .rows}}{{if reflect.IsMap $row}}{{if index $row "issued"}}<tr><th scope="row">{{$label}}{{$key}}</th>{{range $k, $v := $row}}<td class="num">{{$v}}</td>{{end}}</tr>
{{else}}{{partial "rows.html" (dict "rows" $row "label" (print $label $key " · "))}}{{end}}{{else}}<tr><th scope="row">{{$label}}{{$key}}</th>{{if reflect.IsSlice $row}}{{range $row}}<td class="num">{{.}}</td>{{end}}{{else}}<td class="num">{{$row}}</td>{{end}}</tr>
{{end}}{{end}}`,
	"partials/compare.html": `{{$label := .label}}{{$old := .old}}{{range $key, $row := .rows}}{{$was := index $old $key}}{{if reflect.IsMap $row}}{{partial "compare.html" (dict "rows" $row "old" $was "label" (print $label $key " · "))}}{{else}}<tr><th scope="row">{{$label}}{{$key}}</th>{{if reflect.IsSlice $row}}{{range $i, $v := $row}}{{$w := index $was $i}}<td>{{$w}}</td><td>{{$v}}</td><td>{{if and (ne (print $v) "/") (ne (print $w) "/") (ne (print $w) "<nil>")}}{{sub $v $w}}{{end}}</td>{{end}}{{else}}<td>{{$was}}</td><td>{{$row}}</td><td>{{if and (ne (print $row) "/") (ne (print $was) "/") (ne (print $was) "<nil>")}}{{sub $row $was}}{{end}}</td>{{end}}</tr>
{{end}}{{end}}`,
	"_default/single.json": `{{jsonify (dict "title" .Title "params" .Params "content" .Content)}}`,
	"_default/single.csv": `表,行,列,值
{{range $table, $rows := .Params}}{{if reflect.IsMap $rows}}{{range $key, $row := $rows}}{{if reflect.IsSlice $row}}{{range $i, $v := $row}}{{$table}},{{$key}},{{$i}},{{$v}}
{{end}}{{else if not (reflect.IsMap $row)}}{{$table}},{{$key}},0,{{$row}}
{{end}}{{end}}{{end}}{{end}}`,
	"_default/compare.html": `{{define "main"}}{{$prev := site.GetPage .Params.prev}}{{$cur := site.GetPage .Params.cur}}
<p class="meta"><a href="{{$cur.RelPermalink}}">{{$cur.Title}}</a></p>
{{range $table, $rows := $cur.Params}}{{if reflect.IsMap $rows}}
<figure class="table-figure"><div class="table-scroll" role="region" aria-labelledby="{{$table}}-caption" tabindex="0">
<table id="{{$table}}" class="official compared"><caption id="{{$table}}-caption">{{$table}}</caption>
<tbody>
{{partial "compare.html" (dict "rows" $rows "old" (index $prev.Params $table) "label" "")}}</tbody></table></div></figure>
{{end}}{{end}}
{{end}}`,
	"_default/term.html": `{{define "main"}}
<table><tbody>{{range .Pages}}<tr><th scope="row"><a href="{{.RelPermalink}}">{{.Parent.Title}}</a></th><td>{{index .Params.applications.new 6}}</td></tr>
{{end}}</tbody></table>
{{end}}`,
	"_default/list.html": `{{define "main"}}
<ul>{{range .Pages}}<li><a href="{{.RelPermalink}}">{{.Title}}</a></li>
{{end}}</ul>
{{end}}`,
}
