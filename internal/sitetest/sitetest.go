// Package sitetest builds whole sites written as txtar archives, for
// integration tests: a `-- config.toml --` file, `-- content/... --`
// files, then assertions on the built public/ files.
package sitetest

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Parse splits a txtar archive into its files. Text before the first
// marker is a comment and ignored.
func Parse(archive string) map[string]string {
	files := map[string]string{}
	name := ""
	var body strings.Builder
	flush := func() {
		if name != "" {
			files[name] = body.String()
		}
		body.Reset()
	}
	for _, line := range strings.SplitAfter(archive, "\n") {
		t := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			flush()
			name = strings.TrimSpace(t[3 : len(t)-3])
			continue
		}
		body.WriteString(line)
	}
	flush()
	return files
}

// Write writes the archive's files under a new temporary directory and
// returns it.
func Write(t testing.TB, archive string) string {
	t.Helper()
	dir := t.TempDir()
	WriteFiles(t, dir, Parse(archive))
	return dir
}

// WriteFiles writes files (slash paths) under dir.
func WriteFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Read returns a built file under dir, failing the test if it is missing.
func Read(t testing.TB, dir, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatalf("reading built file: %v", err)
	}
	return string(b)
}

// Tree returns every regular file under dir (slash paths relative to
// dir) with its content, to compare whole built sites.
func Tree(t testing.TB, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = string(b)
		return nil
	})
	if err != nil {
		t.Fatalf("reading built site: %v", err)
	}
	return files
}

// Config is a minimal config.toml for tests.
const Config = `title = "测试门户"
base_url = "https://example.gov.cn/nb/"
minify = false
[footer]
host = "测试主办单位"
`

// Narrative is a narrative with all six sections.
const Narrative = `## 总体情况

总体情况正文。

## 主动公开政府信息情况

## 收到和处理政府信息公开申请情况

## 政府信息公开行政复议、行政诉讼情况

## 存在的主要问题及改进情况

## 其他需要报告的事项
`

// Report returns a valid <year>.toml whose table 三 has the given
// 本年新收 natural-person count, all disclosed, and whose 上年结转 and
// 结转下年度 are the given natural-person counts. Tests change lines of
// it with strings.Replace to produce the case they need.
func Report(year, received, carriedOver, carriedForward int) string {
	total := received + carriedOver - carriedForward
	return strings.NewReplacer(
		"YEAR", itoa(year),
		"NEW", itoa(received),
		"OVER", itoa(carriedOver),
		"FWD", itoa(carriedForward),
		"TOT", itoa(total),
	).Replace(reportTemplate)
}

const reportTemplate = `format = "2021"
year = YEAR

[active]
regulations         = { issued = 0, repealed = 0, in_force = 0 }
normative_documents = { issued = 1, repealed = 0, in_force = 20 }
licensing  = 3
punishment = 0
coercion   = 0
fees       = 0

[applications]
new             = [NEW, 0, 0, 0, 0, 0, NEW]
carried_over    = [OVER, 0, 0, 0, 0, 0, OVER]
carried_forward = [FWD, 0, 0, 0, 0, 0, FWD]

[applications.results]
disclosed           = [TOT, 0, 0, 0, 0, 0, TOT]
partially_disclosed = [0, 0, 0, 0, 0, 0, 0]
total               = [TOT, 0, 0, 0, 0, 0, TOT]

[applications.results.withheld]
state_secret         = [0, 0, 0, 0, 0, 0, 0]
prohibited_by_law    = [0, 0, 0, 0, 0, 0, 0]
security_stability   = [0, 0, 0, 0, 0, 0, 0]
third_party_rights   = [0, 0, 0, 0, 0, 0, 0]
internal_affairs     = [0, 0, 0, 0, 0, 0, 0]
process_information  = [0, 0, 0, 0, 0, 0, 0]
enforcement_files    = [0, 0, 0, 0, 0, 0, 0]
administrative_query = [0, 0, 0, 0, 0, 0, 0]

[applications.results.unavailable]
not_held       = [0, 0, 0, 0, 0, 0, 0]
needs_creation = [0, 0, 0, 0, 0, 0, 0]
unclear        = [0, 0, 0, 0, 0, 0, 0]

[applications.results.not_processed]
complaint    = [0, 0, 0, 0, 0, 0, 0]
duplicate    = [0, 0, 0, 0, 0, 0, 0]
publication  = [0, 0, 0, 0, 0, 0, 0]
excessive    = [0, 0, 0, 0, 0, 0, 0]
confirmation = [0, 0, 0, 0, 0, 0, 0]

[applications.results.other]
no_correction  = [0, 0, 0, 0, 0, 0, 0]
no_fee_payment = [0, 0, 0, 0, 0, 0, 0]
other          = [0, 0, 0, 0, 0, 0, 0]

[appeals]
review                  = [0, 0, 0, 0, 0]
litigation_direct       = [0, 0, 0, 0, 0]
litigation_after_review = [0, 0, 0, 0, 0]
`

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// SyncBuffer is a log written by one goroutine (a server, a progress
// display) while a test reads it.
type SyncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *SyncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *SyncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
