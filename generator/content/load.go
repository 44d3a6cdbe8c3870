// Package content loads a gongkai site from disk: config.toml, and under
// content/ one directory per organ with org.toml, <year>.toml and
// <year>.md. Loading is strict and never stops at the first problem: every
// problem becomes a finding with its file and line.
package content

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/gongkai/gongkai/generator/layout"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/internal/oserr"
)

// Rules for the content tree itself.
const (
	RuleOrgan = "organ"
	RuleFile  = "file"
)

// MaxFileSize bounds every content file: a report is a few KB, so a larger
// file is a mistake (a PDF dropped in the wrong place), not content.
const MaxFileSize = 16 << 20

// Site is a loaded site: its configuration, its organs with their reports,
// and every finding from loading and checking them.
type Site struct {
	Dir      string
	Config   Config
	Organs   []*report.Organ // sorted by category, order, slug
	Findings []report.Finding
}

// Load reads the site in dir and runs every check. The error is for
// problems that stop loading altogether (no config, unreadable content
// directory); problems in the content are findings.
func Load(dir string) (*Site, error) {
	return load(dir, nil)
}

// load is Load, taking from c (when not nil) the organs that have not
// changed.
func load(dir string, c *Cache) (*Site, error) {
	cfg, err := LoadConfig(dir)
	if err != nil {
		return nil, err
	}
	s := &Site{Dir: dir, Config: cfg}
	root := filepath.Join(dir, "content")
	entries, err := os.ReadDir(root)
	if err != nil {
		return nil, fmt.Errorf("content: 无法读取 content/ 目录（站点的报告放在这里）：%s", oserr.Reason(err))
	}
	var slugs []string
	for _, e := range entries {
		name := e.Name()
		rel := "content/" + name
		switch {
		case ignored(name):
		case e.Type()&os.ModeSymlink != 0:
			s.Findings = append(s.Findings, report.Finding{File: rel, Rule: RuleFile, Message: errSymlink.Error()})
		case !e.IsDir():
			s.Findings = append(s.Findings, report.Finding{File: rel, Rule: RuleFile,
				Message: "content/ 下只能有机关目录（如 content/erqi-office/），此文件不属于任何机关"})
		case !layout.ValidSlug(name):
			s.Findings = append(s.Findings, report.Finding{File: rel, Rule: RuleOrgan,
				Message: fmt.Sprintf("机关目录名 %q 无效：%s", name, layout.SlugRule())})
		default:
			slugs = append(slugs, name)
		}
	}
	if len(slugs) == 0 {
		// Publishing an empty portal would take every report offline:
		// far more likely a wrong --source than an intent.
		s.Findings = append(s.Findings, report.Finding{File: "content", Rule: RuleOrgan,
			Message: "content/ 中没有任何机关目录（如 content/erqi-office/）"})
	}
	loaded := make([]*organEntry, len(slugs))
	parallel(len(slugs), func(i int) {
		if loaded[i] = c.reusable(slugs[i]); loaded[i] == nil {
			loaded[i] = loadOrgan(root, slugs[i], c.previous(slugs[i]), c != nil)
		}
	})
	c.store(slugs, loaded)
	organs := make([]*report.Organ, len(slugs))
	nameLines := make([]int, len(slugs))
	for i, e := range loaded {
		organs[i], nameLines[i] = e.organ, e.nameLine
	}
	s.Findings = append(s.Findings, duplicateNames(organs, nameLines)...)
	for _, e := range loaded {
		s.Findings = append(s.Findings, e.findings...)
		if e.organ != nil {
			s.Organs = append(s.Organs, e.organ)
		}
	}
	sortFindings(s.Findings)
	s.Findings = capPerFile(s.Findings)
	sortOrgans(s.Organs)
	return s, nil
}

// capPerFile keeps at most MaxFindingsPerFile findings of each file, with
// one more saying how many were left out: the decoder caps its own, and
// this caps what the rules add after it (a report with 10,000 stale
// acknowledgements printed 10,000 lines). findings are sorted by file.
func capPerFile(findings []report.Finding) []report.Finding {
	out := findings[:0:0]
	for i := 0; i < len(findings); {
		j := i
		for j < len(findings) && findings[j].File == findings[i].File {
			j++
		}
		if j-i <= MaxFindingsPerFile+1 {
			out = append(out, findings[i:j]...)
		} else {
			out = append(out, findings[i:i+MaxFindingsPerFile]...)
			out = append(out, report.Finding{File: findings[i].File, Rule: RuleLimit,
				Message: fmt.Sprintf("另有 %d 个问题未列出：先改正以上问题，再运行 gongkai check", j-i-MaxFindingsPerFile)})
		}
		i = j
	}
	return out
}

// duplicateNames reports organs that share a name: two directories for
// one organ would publish its reports twice under different addresses.
// Organs come in slug order, so the later slug is the one reported.
func duplicateNames(organs []*report.Organ, nameLines []int) []report.Finding {
	first := map[string]*report.Organ{}
	var fs []report.Finding
	for i, o := range organs {
		if o == nil || o.Name == "" {
			continue
		}
		key := nameKey(o.Name)
		if f, dup := first[key]; dup {
			same := ""
			if f.Name != o.Name {
				same = fmt.Sprintf("（%q，只有全角半角或空格不同）", f.Name)
			}
			fs = append(fs, report.Finding{File: o.File, Line: nameLines[i], Rule: RuleOrgan, Row: "name",
				Message: fmt.Sprintf("机关名称 %q 与 %s 重复%s：同一机关只能有一个目录", o.Name, f.File, same)})
			continue
		}
		first[key] = o
	}
	return fs
}

// sortFindings orders findings by file and line, as an editor lists them;
// findings about a whole file (line 0) come first.
func sortFindings(fs []report.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		if fs[i].File != fs[j].File {
			return fs[i].File < fs[j].File
		}
		return fs[i].Line < fs[j].Line
	})
}

// loadOrgan reads one organ directory and checks its reports. The
// entry's nameLine is the line of the organ's name in org.toml, for later
// findings. With stamps, it records the stamps of the report files and
// takes from prev (if not nil) the reports whose files are unchanged.
func loadOrgan(root, slug string, prev *organEntry, stamps bool) *organEntry {
	dir := filepath.Join(root, slug)
	rel := "content/" + slug
	o := &report.Organ{Slug: slug, File: rel + "/org.toml"}
	var fs []report.Finding
	nameLine := 0
	entries, err := os.ReadDir(dir)
	if err != nil {
		return &organEntry{findings: []report.Finding{{File: rel, Rule: RuleFile, Message: fileError(err).Error()}}}
	}
	tomls, mds := map[int]bool{}, map[int]bool{}
	outside := map[int]string{} // years no report can be on, and why
	hasOrg := false
	for _, e := range entries {
		name := e.Name()
		y, ext, isReport := layout.ParseReportName(name)
		switch {
		case ignored(name):
		case e.IsDir():
			fs = append(fs, report.Finding{File: rel + "/" + name, Rule: RuleFile,
				Message: "机关目录中不能有子目录：只能有 org.toml、<年份>.toml 和 <年份>.md"})
		case name == "org.toml":
			hasOrg = true // readFile refuses it if it is not a regular file
		case isReport && y >= 1000:
			if why := checkYear(y); why != "" {
				outside[y] = why
				continue
			}
			if ext == "toml" {
				tomls[y] = true
			} else {
				mds[y] = true
			}
		case e.Type()&os.ModeSymlink != 0:
			fs = append(fs, report.Finding{File: rel + "/" + name, Rule: RuleFile, Message: errSymlink.Error()})
		default:
			fs = append(fs, report.Finding{File: rel + "/" + name, Rule: RuleFile,
				Message: "无法识别的文件：机关目录中只能有 org.toml、<年份>.toml 和 <年份>.md（年份为四位数字）"})
		}
	}
	for _, y := range slices.Sorted(maps.Keys(outside)) {
		fs = append(fs, report.Finding{File: fmt.Sprintf("%s/%d.toml", rel, y), Rule: RuleYear,
			Message: "文件名中的年份：" + outside[y] + "（该年的 .toml 和 .md 均未读取）"})
	}
	if !hasOrg {
		fs = append(fs, report.Finding{File: o.File, Rule: RuleOrgan, Message: "缺少 org.toml（机关名称等信息）"})
	} else {
		ofs, line := decodeOrgan(o, dir)
		fs, nameLine = append(fs, ofs...), line
	}
	reports := map[int]reportEntry{}
	for _, y := range sortedYears(tomls, mds) {
		switch {
		case !mds[y]:
			fs = append(fs, report.Finding{File: layout.ReportTOML(slug, y), Rule: RuleFile, Message: "缺少对应的叙述文件 " + layout.ReportName(y, "md")})
			continue
		case !tomls[y]:
			fs = append(fs, report.Finding{File: layout.ReportMD(slug, y), Rule: RuleFile, Message: "缺少对应的数据文件 " + layout.ReportName(y, "toml")})
			continue
		}
		e, reused := cachedReport(dir, slug, y, prev, stamps)
		reports[y] = e
		fs = append(fs, e.findings...)
		if e.report != nil {
			if !reused {
				e.report.Org = slug
			}
			o.Reports = append(o.Reports, e.report)
		}
	}
	fs = append(fs, report.CheckOrgan(o.Reports)...)
	return &organEntry{organ: o, findings: fs, nameLine: nameLine, reports: reports}
}

func loadReport(dir, slug string, year int) (*report.Report, []report.Finding) {
	tomlFile, mdFile := layout.ReportTOML(slug, year), layout.ReportMD(slug, year)
	src, err := readFile(filepath.Join(dir, layout.ReportName(year, "toml")))
	if err != nil {
		return nil, []report.Finding{{File: tomlFile, Rule: RuleFile, Message: err.Error()}}
	}
	r, fs := DecodeReport(tomlFile, src, year)
	md, err := readFile(filepath.Join(dir, layout.ReportName(year, "md")))
	if err != nil {
		return nil, append(fs, report.Finding{File: mdFile, Rule: RuleFile, Message: err.Error()})
	}
	n, nfs := SplitNarrative(mdFile, md)
	fs = append(fs, nfs...)
	if r == nil || report.Blocking(fs) {
		// A report that failed to load is not checked further: its
		// arithmetic would only repeat the loading errors.
		return nil, fs
	}
	r.Narrative = n
	r.CacheHeadline()
	return r, fs
}

func decodeOrgan(o *report.Organ, dir string) ([]report.Finding, int) {
	src, err := readFile(filepath.Join(dir, "org.toml"))
	if err != nil {
		return []report.Finding{{File: o.File, Rule: RuleFile, Message: err.Error()}}, 0
	}
	d := newDecoder(o.File, strings.TrimPrefix(src, "\ufeff"))
	m, ok := d.parse()
	if !ok {
		return d.findings, 0
	}
	d.unknown(m, "", "name", "category", "order", "website")
	if v, ok := m["name"]; !ok {
		d.add(RuleMissing, "name", "缺少 name（机关名称，与报告上印的一致）")
	} else if name, isString := v.(string); !isString {
		d.str(v, "name")
	} else if strings.TrimSpace(name) == "" {
		d.add(RuleMissing, "name", "name 为空：请写上机关名称（与报告上印的一致）")
	} else if why := checkName(name); why != "" {
		d.add(RuleValue, "name", "机关名称 %q %s", clip(name), why)
	} else {
		o.Name = strings.TrimSpace(name)
	}
	if v, ok := m["category"]; ok {
		if c, isString := v.(string); !isString {
			d.str(v, "category")
		} else if why := checkName(c); why != "" {
			d.add(RuleValue, "category", "机关类别 %q %s", clip(c), why)
		} else {
			o.Category = strings.TrimSpace(c)
		}
	}
	if v, ok := m["order"]; ok {
		if n, isInt := v.(int64); isInt {
			o.Order = int(n)
		} else {
			d.add(RuleType, "order", "order 应为整数，实为%s", describe(v))
		}
	}
	if v, ok := m["website"]; ok {
		o.Website = d.str(v, "website")
		if err := checkWebsite(o.Website); err != nil {
			d.add(RuleValue, "website", "%v", err)
			o.Website = ""
		}
	}
	d.dropExplained()
	return d.findings, d.lines.lineOf("name")
}

// readFile reads a content file, refusing what cannot be content: links,
// files over MaxFileSize and files that are not UTF-8 text. Its errors do
// not repeat the path: the finding names the file already.
func readFile(path string) (string, error) {
	b, err := readRegular(path)
	if err != nil {
		return "", err
	}
	if !utf8Text(b) {
		return "", fmt.Errorf("不是 UTF-8 文本（是否保存成了 GBK 编码，或放错了文件？）")
	}
	return string(b), nil
}

// Errors of readRegular, worded for the clerk who put the file there.
var errNotRegular = errors.New("不是普通文件（是目录、命名管道或设备？）")

func errTooLarge(size int64) error {
	return fmt.Errorf("文件过大（%d 字节，上限 %d 字节，即 %d MiB）：报告文件通常只有几 KB，是否放错了文件？", size, MaxFileSize, MaxFileSize>>20)
}

func errUnreadable(err error) error { return fileError(err) }

var errSymlink = errors.New("是符号链接：content/ 中不使用符号链接（可能形成循环或指向站点目录之外），请换成文件或目录本身")

// fileError says in Chinese why a file could not be read, without the
// absolute path an *fs.PathError carries (findings name files relative to
// the site, and output must not depend on where the site is).
func fileError(err error) error {
	return errors.New("无法读取：" + oserr.Reason(err))
}

// utf8Text checks in place: converting every file to strings to compare
// them copied each content file three times.
func utf8Text(b []byte) bool {
	return bytes.IndexByte(b, 0) < 0 && utf8.Valid(b)
}

// ignored are names an editor or the OS leaves behind.
func ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || strings.HasSuffix(name, "~") ||
		strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".tmp") || name == "4913"
}

func sortedYears(sets ...map[int]bool) []int {
	seen := map[int]bool{}
	var ys []int
	for _, set := range sets {
		for y := range set {
			if !seen[y] {
				seen[y] = true
				ys = append(ys, y)
			}
		}
	}
	sort.Ints(ys)
	return ys
}

// sortOrgans orders organs as the portal lists them.
func sortOrgans(os []*report.Organ) {
	sort.SliceStable(os, func(i, j int) bool {
		a, b := os[i], os[j]
		if a.Category != b.Category {
			return a.Category < b.Category
		}
		if a.Order != b.Order {
			return a.Order < b.Order
		}
		return a.Slug < b.Slug
	})
}

// parallel runs f(0..n-1) on all cores.
func parallel(n int, f func(i int)) {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}
