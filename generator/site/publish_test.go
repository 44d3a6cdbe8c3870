package site

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gongkai/gongkai/internal/sitetest"
)

// TestPublishSurvivesKill builds a site, then runs builds of another
// site in a subprocess and SIGKILLs them at random points: after each,
// the destination must hold exactly the old site or exactly the new one.
// The staging directories the killed builds leave are removed by the
// next build.
func TestPublishSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the gongkai binary")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool to build the binary")
	}
	bin := filepath.Join(t.TempDir(), "gongkai")
	if out, err := exec.Command(goTool, "build", "-o", bin, "github.com/gongkai/gongkai/cmd/gongkai").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	sources := []string{killSite(t, "旧站点", 0), killSite(t, "新站点", 1)}
	var want [2]map[string]string
	for i, src := range sources {
		ref := filepath.Join(t.TempDir(), "public")
		if _, err := Build(Options{Source: src, Destination: ref}); err != nil {
			t.Fatal(err)
		}
		want[i] = sitetest.Tree(t, ref)
	}
	if reflect.DeepEqual(want[0], want[1]) {
		t.Fatal("the two sites are the same: the test would prove nothing")
	}

	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	if _, err := Build(Options{Source: sources[0], Destination: dest}); err != nil {
		t.Fatal(err)
	}
	current := 0

	// A full build's wall time, only to spread the kills over it.
	start := time.Now()
	if out, err := exec.Command(bin, "build", "--source", sources[0], "--destination", filepath.Join(t.TempDir(), "public")).CombinedOutput(); err != nil {
		t.Fatalf("gongkai build: %v\n%s", err, out)
	}
	span := time.Since(start)

	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 9))
	outcomes := map[string]int{}
	for i := 0; i < 12; i++ {
		next := 1 - current
		cmd := exec.Command(bin, "build", "--source", sources[next], "--destination", dest)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Half the kills land anywhere, half near the end, where the
		// swap happens.
		delay := time.Duration(rng.Int64N(int64(span)))
		if i%2 == 1 {
			delay = span*7/10 + time.Duration(rng.Int64N(int64(span)*6/10))
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		killed := err != nil
		if killed {
			outcomes["killed"]++
		} else {
			// It finished first: aim earlier, so that the kills keep
			// landing inside builds on a machine faster than measured.
			span = span * 3 / 4
		}
		got := sitetest.Tree(t, dest)
		switch {
		case reflect.DeepEqual(got, want[current]):
			outcomes["old"]++
		case reflect.DeepEqual(got, want[next]):
			outcomes["new"]++
			current = next
		default:
			t.Fatalf("kill %d after %v (killed %v, %v): the destination holds neither site: %d files", i, delay, killed, err, len(got))
		}
	}
	t.Logf("build span %v at the end; outcomes %v", span, outcomes)

	// A leftover from a build killed before its swap, as a crash leaves it.
	sitetest.WriteFiles(t, filepath.Join(parent, ".public.gongkai-new-123"), map[string]string{"index.html": "半成品"})
	if _, err := Build(Options{Source: sources[1-current], Destination: dest}); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "public" {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("after a full build, beside the destination: %v, want only public", names)
	}
	if got := sitetest.Tree(t, dest); !reflect.DeepEqual(got, want[1-current]) {
		t.Error("the full build did not publish the whole site")
	}
}

// killSite writes a site of a few dozen organs, big enough that a build
// takes a while; variant 1 differs in its title and in one organ, so that
// the two sites differ in content and in their file sets.
func killSite(t *testing.T, title string, variant int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "-- config.toml --\ntitle = %q\nbase_url = \"https://example.gov.cn/nb/\"\n", title)
	for o := variant; o < 25+variant; o++ {
		fmt.Fprintf(&b, "-- content/organ-%d/org.toml --\nname = \"第%d机关\"\n", o, o)
		for y := 2021; y <= 2022; y++ {
			fmt.Fprintf(&b, "-- content/organ-%d/%d.toml --\n%s", o, y, sitetest.Report(y, 3, 0, 0))
			fmt.Fprintf(&b, "-- content/organ-%d/%d.md --\n%s", o, y, sitetest.Narrative)
		}
	}
	return sitetest.Write(t, b.String())
}

// TestFailedBuildKeepsSite makes rendering fail halfway (a site layout
// that breaks on report pages only): the build must fail, the published
// site stay as it was, and no staging directory remain.
func TestFailedBuildKeepsSite(t *testing.T) {
	src := killSite(t, "旧站点", 0)
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	if _, err := Build(Options{Source: src, Destination: dest}); err != nil {
		t.Fatal(err)
	}
	before := sitetest.Tree(t, dest)
	sitetest.WriteFiles(t, src, map[string]string{
		"layouts/report.html": `{{define "main"}}{{.Body.NoSuchField}}{{end}}`,
	})
	if _, err := Build(Options{Source: src, Destination: dest}); err == nil {
		t.Fatal("a build with a broken layout succeeded")
	}
	if !reflect.DeepEqual(sitetest.Tree(t, dest), before) {
		t.Error("a failed build changed the published site")
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("a failed build left %d entries beside the destination", len(entries))
	}
}
