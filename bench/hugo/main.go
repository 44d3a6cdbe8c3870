// Command hugo writes a Hugo site with the same reports as a gongkai
// portal, for bench/hugo.sh: each report a page (its narrative as the
// page's Markdown, its tables from TOML front matter, rendered by loops
// in the layout as gongkai renders them), each organ a section listing
// its reports, and a home page listing the organs. It is the comparison
// docs/performance.md reports: the same pages, built by Hugo.
//
//	go run ./bench/hugo -portal /dev/shm/gb/portal -out /dev/shm/gb/hugo
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
			// The report's own keys go under [params], after the page's.
			front := fmt.Sprintf("title = %q\nweight = %s\n[params]\n", year+"年政府信息公开工作年度报告", year)
			body := strings.ReplaceAll(string(data), "\n[", "\n[params.")
			body = strings.ReplaceAll(body, "[params.[", "[[params.")
			write("content/"+o.Name()+"/"+year+".md", "+++\n"+front+body+"+++\n"+string(md))
			reports++
		}
	}
	fmt.Printf("%d organs, %d reports\n", len(organs), reports)
}

const hugoConfig = `baseURL = "https://example.gov.cn/nianbao/"
languageCode = "zh-CN"
title = "政府信息公开工作年度报告"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
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
{{range $key, $row := $rows}}<tr><th scope="row">{{$key}}</th>{{if reflect.IsMap $row}}{{range $k, $v := $row}}{{if reflect.IsSlice $v}}{{range $v}}<td class="num">{{.}}</td>{{end}}{{else}}<td class="num">{{$v}}</td>{{end}}{{end}}{{else if reflect.IsSlice $row}}{{range $row}}<td class="num">{{.}}</td>{{end}}{{else}}<td class="num">{{$row}}</td>{{end}}</tr>
{{end}}</tbody></table></div></figure>
{{end}}{{end}}
{{with .PrevInSection}}<a rel="prev" href="{{.RelPermalink}}">{{.Title}}</a>{{end}}
{{with .NextInSection}}<a rel="next" href="{{.RelPermalink}}">{{.Title}}</a>{{end}}
{{end}}`,
	"_default/list.html": `{{define "main"}}
<ul>{{range .Pages}}<li><a href="{{.RelPermalink}}">{{.Title}}</a></li>
{{end}}</ul>
{{end}}`,
}
