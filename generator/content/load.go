// Package content loads a gongkai site from disk: config.toml, and under
// content/ one directory per organ with org.toml, <year>.toml and
// <year>.md. Loading is strict and never stops at the first problem: every
// problem becomes a finding with its file and line.
package content

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/gongkai/gongkai/generator/report"
)

// Rules for the content tree itself.
const (
	RuleOrgan = "organ"
	RuleFile  = "file"
)

// MaxFileSize bounds every content file: a report is a few KB, so a larger
// file is a mistake (a PDF dropped in the wrong place), not content.
const MaxFileSize = 16 << 20

var (
	slugPattern = regexp.MustCompile(`^[a-z0-9-]+$`)
	yearFile    = regexp.MustCompile(`^(\d{4})\.(toml|md)$`)
)

// Reserved are the top-level names the site layout uses (DESIGN.md §2).
var Reserved = []string{"years", "compare", "data", "schema"}

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
	cfg, err := LoadConfig(dir)
	if err != nil {
		return nil, err
	}
	s := &Site{Dir: dir, Config: cfg}
	root := filepath.Join(dir, "content")
	entries, err := os.ReadDir(root)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", root, err)
	}
	var slugs []string
	for _, e := range entries {
		name := e.Name()
		rel := "content/" + name
		switch {
		case ignored(name):
		case !e.IsDir():
			s.Findings = append(s.Findings, report.Finding{File: rel, Rule: RuleFile,
				Message: "content/ 下只能有机关目录（如 content/erqi-office/），此文件不属于任何机关"})
		case !validSlug(name):
			s.Findings = append(s.Findings, report.Finding{File: rel, Rule: RuleOrgan,
				Message: fmt.Sprintf("机关目录名 %q 无效：只能用小写字母、数字和连字符（[a-z0-9-]+），且不能是保留名 %s", name, strings.Join(Reserved, "、"))})
		default:
			slugs = append(slugs, name)
		}
	}
	organs := make([]*report.Organ, len(slugs))
	findings := make([][]report.Finding, len(slugs))
	parallel(len(slugs), func(i int) {
		organs[i], findings[i] = loadOrgan(root, slugs[i])
	})
	for i, o := range organs {
		s.Findings = append(s.Findings, findings[i]...)
		if o != nil {
			s.Organs = append(s.Organs, o)
		}
	}
	sortOrgans(s.Organs)
	return s, nil
}

// loadOrgan reads one organ directory and checks its reports.
func loadOrgan(root, slug string) (*report.Organ, []report.Finding) {
	dir := filepath.Join(root, slug)
	rel := "content/" + slug
	o := &report.Organ{Slug: slug, File: rel + "/org.toml"}
	var fs []report.Finding
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, []report.Finding{{File: rel, Rule: RuleFile, Message: "无法读取目录：" + err.Error()}}
	}
	tomls, mds := map[int]bool{}, map[int]bool{}
	hasOrg := false
	for _, e := range entries {
		name := e.Name()
		m := yearFile.FindStringSubmatch(name)
		switch {
		case ignored(name):
		case name == "org.toml":
			hasOrg = true
		case m != nil && !e.IsDir():
			y, _ := strconv.Atoi(m[1])
			if m[2] == "toml" {
				tomls[y] = true
			} else {
				mds[y] = true
			}
		default:
			fs = append(fs, report.Finding{File: rel + "/" + name, Rule: RuleFile,
				Message: "无法识别的文件：机关目录中只能有 org.toml、<年份>.toml 和 <年份>.md（年份为四位数字）"})
		}
	}
	if !hasOrg {
		fs = append(fs, report.Finding{File: o.File, Rule: RuleOrgan, Message: "缺少 org.toml（机关名称等信息）"})
	} else {
		fs = append(fs, decodeOrgan(o, dir)...)
	}
	for _, y := range sortedYears(tomls, mds) {
		name := fmt.Sprintf("%s/%d", rel, y)
		switch {
		case !mds[y]:
			fs = append(fs, report.Finding{File: name + ".toml", Rule: RuleFile, Message: fmt.Sprintf("缺少对应的叙述文件 %d.md", y)})
			continue
		case !tomls[y]:
			fs = append(fs, report.Finding{File: name + ".md", Rule: RuleFile, Message: fmt.Sprintf("缺少对应的数据文件 %d.toml", y)})
			continue
		}
		r, rfs := loadReport(dir, name, y)
		fs = append(fs, rfs...)
		if r != nil {
			r.Org = slug
			o.Reports = append(o.Reports, r)
		}
	}
	fs = append(fs, report.CheckOrgan(o.Reports)...)
	return o, fs
}

func loadReport(dir, name string, year int) (*report.Report, []report.Finding) {
	src, err := readFile(filepath.Join(dir, strconv.Itoa(year)+".toml"))
	if err != nil {
		return nil, []report.Finding{{File: name + ".toml", Rule: RuleFile, Message: err.Error()}}
	}
	r, fs := DecodeReport(name+".toml", src, year)
	md, err := readFile(filepath.Join(dir, strconv.Itoa(year)+".md"))
	if err != nil {
		return nil, append(fs, report.Finding{File: name + ".md", Rule: RuleFile, Message: err.Error()})
	}
	n, nfs := SplitNarrative(name+".md", md)
	fs = append(fs, nfs...)
	if r == nil || len(fs) > 0 {
		// A report that failed to load is not checked further: its
		// arithmetic would only repeat the loading errors.
		return nil, fs
	}
	r.Narrative = n
	return r, fs
}

func decodeOrgan(o *report.Organ, dir string) []report.Finding {
	src, err := readFile(filepath.Join(dir, "org.toml"))
	if err != nil {
		return []report.Finding{{File: o.File, Rule: RuleFile, Message: err.Error()}}
	}
	d := newDecoder(o.File, strings.TrimPrefix(src, "\ufeff"))
	m, ok := d.parse()
	if !ok {
		return d.findings
	}
	d.unknown(m, "", "name", "category", "order", "website")
	if v, ok := m["name"]; ok {
		o.Name = strings.TrimSpace(d.str(v, "name"))
	}
	if o.Name == "" {
		d.add(RuleMissing, "name", "缺少 name（机关名称，与报告上印的一致）")
	}
	if v, ok := m["category"]; ok {
		o.Category = d.str(v, "category")
	}
	if v, ok := m["order"]; ok {
		if n, isInt := v.(int64); isInt {
			o.Order = int(n)
		} else {
			d.add(RuleType, "order", "order 应为整数，实为 %s", kind(v))
		}
	}
	if v, ok := m["website"]; ok {
		o.Website = d.str(v, "website")
		if !strings.HasPrefix(o.Website, "https://") && !strings.HasPrefix(o.Website, "http://") {
			d.add(RuleValue, "website", "website 应以 http:// 或 https:// 开头，实为 %q", o.Website)
			o.Website = ""
		}
	}
	return d.findings
}

// readFile reads a content file, refusing what cannot be content: files
// over MaxFileSize and files that are not UTF-8 text.
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
var errNotRegular = errors.New("不是普通文件")

func errTooLarge(size int64) error {
	return fmt.Errorf("文件过大（%d 字节，上限 %d 字节）", size, MaxFileSize)
}

func errUnreadable(err error) error { return fmt.Errorf("无法读取：%w", err) }

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

func validSlug(s string) bool {
	return slugPattern.MatchString(s) && !contains(Reserved, s)
}

// ValidSlug reports whether s can name an organ directory.
func ValidSlug(s string) bool { return validSlug(s) }

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
