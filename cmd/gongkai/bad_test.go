package main

import (
	"bytes"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/site"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// The -update flag rewrites the golden files. It is registered in init,
// after every package-level variable, so that another test file of this
// package may declare the same flag without a clash.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// badDir is the catalogue of malformed sites: NAME.txtar is a site, and
// NAME.golden what `gongkai check` prints about it. Lines of the archive's
// comment of the form `setup: VERB ARGS` make what a text archive cannot
// hold (symlinks, FIFOs, binary and oversized files); see setupSite.
const badDir = "../../testdata/bad"

// findingLine is the shape of every line check prints about a site:
// `file:line: message`, the line being absent only for whole-file problems.
var findingLine = regexp.MustCompile(`^[^:]+(:\d+)?: \S`)

// TestBadInputs runs check and build over every malformed site: check
// must exit 1 with the golden message, build must exit 1 and leave the
// previously published site untouched, and nothing may panic.
func TestBadInputs(t *testing.T) {
	archives, err := filepath.Glob(filepath.Join(badDir, "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(archives) < 50 {
		t.Errorf("the catalogue has %d cases, want at least 50", len(archives))
	}
	for _, path := range archives {
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			sitetest.WriteFiles(t, dir, sitetest.Parse(string(src)))
			setupSite(t, dir, string(src))
			got := checkBad(t, dir)
			golden := strings.TrimSuffix(path, ".txtar") + ".golden"
			if updating() {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("check output differs from %s:\n--- got\n%s--- want\n%s", golden, got, want)
			}
			buildBad(t, dir)
		})
	}
}

// checkBad runs check and returns its exit status and stderr, with the
// site's temporary directory replaced by $SITE.
func checkBad(t *testing.T, dir string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run([]string{"check", "--source", dir}, &stdout, &stderr)
	if code != exitFindings {
		t.Errorf("check exit status %d, want %d", code, exitFindings)
	}
	if stdout.Len() > 0 {
		t.Errorf("check wrote to stdout on failure: %s", stdout.String())
	}
	out := strings.ReplaceAll(stderr.String(), dir, "$SITE")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	for _, l := range lines[:len(lines)-1] {
		if !findingLine.MatchString(l) {
			t.Errorf("not a file:line: message line: %q", l)
		}
	}
	return fmt.Sprintf("exit %d\n%s", code, out)
}

// buildBad runs build over a site whose destination holds an earlier
// site, and checks that it fails and leaves that site as it was, with no
// staging directory beside it.
func buildBad(t *testing.T, dir string) {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	old := map[string]string{"index.html": "旧站点", "a/index.html": "旧机关页",
		site.ManifestName: "gongkai-manifest 1\na/index.html\nindex.html\n"}
	sitetest.WriteFiles(t, dest, old)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "--source", dir, "--destination", dest}, &stdout, &stderr); code != exitFindings {
		t.Errorf("build exit status %d, want %d; stderr:\n%s", code, exitFindings, stderr.String())
	}
	if got := sitetest.Tree(t, dest); !maps.Equal(got, old) {
		t.Errorf("build changed the published site: %v", got)
	}
	if entries, _ := os.ReadDir(filepath.Dir(dest)); len(entries) != 1 {
		t.Errorf("build left files beside the destination: %v", entries)
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); !os.IsNotExist(err) {
		t.Errorf("build wrote into the source directory: %v", err)
	}
}

// setupSite applies the archive's setup directives:
//
//	setup: symlink TARGET NAME   NAME is a symlink to TARGET
//	setup: fifo NAME             NAME is a named pipe
//	setup: dir NAME              NAME is an empty directory
//	setup: big NAME              NAME is valid text one byte over content.MaxFileSize
//	setup: bigtoml NAME          NAME is a report padded with comments one byte over content.MaxTOMLSize
//	setup: bigmd NAME            NAME is a narrative padded with prose one byte over content.MaxNarrativeSize
//	setup: binary NAME           NAME holds NUL bytes and invalid UTF-8
//	setup: gbk NAME              NAME is a narrative saved as GBK
//	setup: remove NAME           NAME is removed
//	setup: unreadable NAME       NAME loses its permissions (skipped as root,
//	                             who reads everything)
func setupSite(t *testing.T, dir, archive string) {
	t.Helper()
	for _, line := range strings.Split(archive, "\n") {
		if strings.HasPrefix(line, "-- ") {
			return
		}
		verb, rest, ok := strings.Cut(strings.TrimPrefix(line, "setup: "), " ")
		if !ok || !strings.HasPrefix(line, "setup: ") {
			continue
		}
		args := strings.Fields(rest)
		path := filepath.Join(dir, filepath.FromSlash(args[len(args)-1]))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		var err error
		switch verb {
		case "symlink":
			err = os.Symlink(args[0], path)
		case "fifo":
			err = syscall.Mkfifo(path, 0o644)
		case "dir":
			err = os.Mkdir(path, 0o755)
		case "big":
			err = os.WriteFile(path, bytes.Repeat([]byte("公开\n"), content.MaxFileSize/7+1), 0o644)
		case "bigtoml":
			var b []byte
			if b, err = os.ReadFile(path); err == nil {
				pad := bytes.Repeat([]byte("#"), content.MaxTOMLSize-len(b))
				err = os.WriteFile(path, append(append(b, pad...), '\n'), 0o644)
			}
		case "bigmd":
			var b []byte
			if b, err = os.ReadFile(path); err == nil {
				pad := bytes.Repeat([]byte("公"), (content.MaxNarrativeSize-len(b))/3+1)
				err = os.WriteFile(path, append(b, pad...), 0o644)
			}
		case "binary":
			err = os.WriteFile(path, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe"), 0o644)
		case "gbk":
			// "## 总体情况" in GBK: what a clerk's editor saves by default.
			err = os.WriteFile(path, []byte("## \xd7\xdc\xcc\xe5\xc7\xe9\xbf\xf6\n"), 0o644)
		case "remove":
			err = os.RemoveAll(path)
		case "unreadable":
			if os.Geteuid() == 0 {
				t.Skip("root can read a file without permissions")
			}
			err = os.Chmod(path, 0)
			t.Cleanup(func() { os.Chmod(path, 0o755) })
		default:
			t.Fatalf("unknown setup verb %q", verb)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}
