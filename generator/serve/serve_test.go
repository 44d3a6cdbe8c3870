package serve

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gongkai/gongkai/internal/sitetest"
)

// timeout bounds every wait; tests never sleep, they wait for events.
const timeout = 15 * time.Second

// harness is a running server on a free port with one page listening to
// its events.
type harness struct {
	t      *testing.T
	dir    string
	base   string
	log    *sitetest.SyncBuffer
	events chan int
}

func organ(slug, name string, years ...int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "-- content/%s/org.toml --\nname = %q\n", slug, name)
	for _, y := range years {
		fmt.Fprintf(&b, "-- content/%s/%d.toml --\n%s", slug, y, sitetest.Report(y, 10, 0, 0))
		fmt.Fprintf(&b, "-- content/%s/%d.md --\n%s", slug, y, sitetest.Narrative)
	}
	return b.String()
}

func start(t *testing.T, archive string, opts Options) *harness {
	t.Helper()
	return startIn(t, sitetest.Write(t, "-- config.toml --\n"+sitetest.Config+archive), opts)
}

// startIn serves the site already written in dir.
func startIn(t *testing.T, dir string, opts Options) *harness {
	t.Helper()
	h := &harness{t: t, dir: dir, log: &sitetest.SyncBuffer{}, events: make(chan int, 16)}
	opts.Source, opts.Log = dir, h.log
	if opts.Quiet == 0 {
		opts.Quiet = 30 * time.Millisecond
	}
	srv, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h.base = "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	// Pages are answered during the first build (503, a note that it is
	// running); the tests start from its result.
	deadline := time.Now().Add(timeout)
	for {
		resp, err := http.Get(h.base + "/")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode != http.StatusServiceUnavailable {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("the first build did not finish")
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Cleanup(func() {
		cancel() // with an event stream still open: shutdown must not wait on it
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Serve: %v", err)
			}
		case <-time.After(timeout):
			t.Error("server did not shut down")
		}
	})
	h.listen()
	return h
}

// listen opens the event stream as a page would and forwards the
// generation of each reload event.
func (h *harness) listen() {
	h.t.Helper()
	resp, err := http.Get(h.base + eventsPath)
	if err != nil {
		h.t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		h.t.Fatalf("events: Content-Type %q", ct)
	}
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		event := ""
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				event = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: ") && event == "reload":
				n, _ := strconv.Atoi(strings.TrimPrefix(line, "data: "))
				h.events <- n
			}
		}
	}()
}

// get fetches a site path and returns status and body.
func (h *harness) get(p string) (int, string) {
	h.t.Helper()
	resp, err := http.Get(h.base + p)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		h.t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// waitUntil checks cond after every reload event until it holds.
func (h *harness) waitUntil(what string, cond func() bool) {
	h.t.Helper()
	deadline := time.After(timeout)
	for !cond() {
		select {
		case <-h.events:
		case <-deadline:
			h.t.Fatalf("timed out waiting until %s; server log:\n%s", what, h.log)
		}
	}
}

// next waits for the next reload event.
func (h *harness) next() int {
	h.t.Helper()
	select {
	case n := <-h.events:
		return n
	case <-time.After(timeout):
		h.t.Fatalf("no reload event; server log:\n%s", h.log)
		return 0
	}
}

func (h *harness) write(rel, data string) {
	h.t.Helper()
	sitetest.WriteFiles(h.t, h.dir, map[string]string{rel: data})
}

func (h *harness) path(rel string) string { return filepath.Join(h.dir, filepath.FromSlash(rel)) }

func (h *harness) pageHas(p, text string) func() bool {
	return func() bool {
		code, body := h.get(p)
		return code == http.StatusOK && strings.Contains(body, text)
	}
}

func (h *harness) status(p string, want int) func() bool {
	return func() bool { code, _ := h.get(p); return code == want }
}

func TestServePlainWrite(t *testing.T) {
	h := start(t, organ("a", "甲局", 2023), Options{})
	if !h.pageHas("/a/2023/", "总体情况正文")() {
		t.Fatal("report page missing before the edit")
	}
	h.write("content/a/2023.md", strings.Replace(sitetest.Narrative, "总体情况正文", "修改后的正文", 1))
	h.waitUntil("the report shows the edit", h.pageHas("/a/2023/", "修改后的正文"))
	if !strings.Contains(h.log.String(), "修改 content/a/2023.md") {
		t.Errorf("log does not tell the change:\n%s", h.log)
	}
}

func TestServeRenameOverSave(t *testing.T) {
	h := start(t, organ("a", "甲局", 2023), Options{})
	// What most editors do: write a temporary file, then rename it over
	// the original; vim also probes the directory with a file named 4913.
	h.write("content/a/4913", "")
	os.Remove(h.path("content/a/4913"))
	h.write("content/a/.2023.md.swp", "swap")
	h.write("content/a/2023.md.tmp", strings.Replace(sitetest.Narrative, "总体情况正文", "原子保存的正文", 1))
	if err := os.Rename(h.path("content/a/2023.md.tmp"), h.path("content/a/2023.md")); err != nil {
		t.Fatal(err)
	}
	h.waitUntil("the report shows the saved text", h.pageHas("/a/2023/", "原子保存的正文"))
	log := h.log.String()
	for _, litter := range []string{"4913", ".swp", ".tmp"} {
		if strings.Contains(log, litter) {
			t.Errorf("log mentions editor litter %q:\n%s", litter, log)
		}
	}
}

func TestServeNewOrganDirectory(t *testing.T) {
	h := start(t, organ("a", "甲局", 2023), Options{})
	// The directory's files are written right after mkdir, before the
	// watcher can have added it.
	if err := os.Mkdir(h.path("content/b"), 0o755); err != nil {
		t.Fatal(err)
	}
	h.write("content/b/org.toml", "name = \"乙局\"\n")
	h.write("content/b/2024.toml", sitetest.Report(2024, 5, 0, 0))
	h.write("content/b/2024.md", sitetest.Narrative)
	h.waitUntil("the new organ's report is served", h.status("/b/2024/", http.StatusOK))
	h.waitUntil("the home page lists the new organ", h.pageHas("/", "乙局"))
	// A file in the new directory is watched too.
	h.write("content/b/org.toml", "name = \"乙局（更名）\"\n")
	h.waitUntil("the renamed organ is shown", h.pageHas("/b/", "乙局（更名）"))
}

func TestServeDeletedReport(t *testing.T) {
	h := start(t, organ("a", "甲局", 2022, 2023), Options{})
	if !h.status("/a/2023/", http.StatusOK)() {
		t.Fatal("report 2023 missing before the delete")
	}
	for _, f := range []string{"content/a/2023.toml", "content/a/2023.md"} {
		if err := os.Remove(h.path(f)); err != nil {
			t.Fatal(err)
		}
	}
	h.waitUntil("the deleted report is gone", h.status("/a/2023/", http.StatusNotFound))
	if _, body := h.get("/a/"); strings.Contains(body, "2023/index.html") {
		t.Error("the organ page still links the deleted report")
	}
	if !h.status("/a/2022/", http.StatusOK)() {
		t.Error("the other report is gone too")
	}
}

func TestServeBrokenThenFixed(t *testing.T) {
	h := start(t, organ("a", "甲局", 2023), Options{})
	good := sitetest.Report(2023, 10, 0, 0)
	h.write("content/a/2023.toml", strings.Replace(good, "licensing  = 3", "licensing  = = 3", 1))
	isError := func() bool {
		code, body := h.get("/a/2023/")
		return code == http.StatusInternalServerError && strings.Contains(body, "content/a/2023.toml:")
	}
	h.waitUntil("the report shows the syntax error", isError)
	for _, p := range []string{"/", "/a/", "/no/such/page/", "/a/2023/index.html"} {
		code, body := h.get(p)
		if code != http.StatusInternalServerError || !strings.Contains(body, "content/a/2023.toml:") || !strings.Contains(body, scriptPath) {
			t.Errorf("GET %s while broken: %d, want the error page with the reload script:\n%s", p, code, body)
		}
	}
	if !h.status("/assets/style.css", http.StatusOK)() {
		t.Error("the error page's stylesheet is not served")
	}

	// A failed check is shown the same way, with its line.
	h.write("content/a/2023.toml", strings.Replace(good, "new             = [10, 0, 0, 0, 0, 0, 10]", "new             = [10, 0, 0, 0, 0, 0, 11]", 1))
	h.waitUntil("the page lists the failed check", func() bool {
		code, body := h.get("/")
		return code == http.StatusInternalServerError && strings.Contains(body, "content/a/2023.toml:13: [row-total]")
	})
	if !h.status("/assets/style.css", http.StatusOK)() {
		t.Error("the stylesheet is gone after a second failed build")
	}

	h.write("content/a/2023.toml", good)
	h.waitUntil("the fixed report is back", h.pageHas("/a/2023/", "总体情况正文"))
	if !strings.Contains(h.log.String(), "个问题") {
		t.Errorf("log does not tell the findings:\n%s", h.log)
	}
}

func TestServeBrokenAtStart(t *testing.T) {
	h := start(t, "-- content/a/org.toml --\nname = \n", Options{})
	code, body := h.get("/")
	if code != http.StatusInternalServerError || !strings.Contains(body, "content/a/org.toml:1:") {
		t.Fatalf("GET / on a broken site: %d\n%s", code, body)
	}
	if !h.status("/assets/style.css", http.StatusOK)() {
		t.Error("the theme's stylesheet is not served before any good build")
	}
	h.write("content/a/org.toml", "name = \"甲局\"\n")
	h.waitUntil("the fixed site is served", h.pageHas("/", "甲局"))
}

func TestServeReloadEventAfterRebuild(t *testing.T) {
	h := start(t, organ("a", "甲局", 2023), Options{})
	h.write("content/a/2023.md.tmp", strings.Replace(sitetest.Narrative, "总体情况正文", "事件之后的正文", 1))
	if err := os.Rename(h.path("content/a/2023.md.tmp"), h.path("content/a/2023.md")); err != nil {
		t.Fatal(err)
	}
	// One rename is one batch: the first event must come after the new
	// page is what is served, never before.
	h.next()
	if !h.pageHas("/a/2023/", "事件之后的正文")() {
		t.Fatalf("reload event came before the rebuilt page was served; log:\n%s", h.log)
	}
	_, page := h.get("/a/2023/")
	if !strings.Contains(page, `<script src="`+scriptPath+`"></script>`) {
		t.Error("served page lacks the live-reload script")
	}
	code, js := h.get(scriptPath)
	if code != http.StatusOK || !strings.Contains(js, eventsPath) || len(js) > 200 {
		t.Errorf("live-reload script: %d, %d bytes:\n%s", code, len(js), js)
	}
}

func TestServeRefusesTraversal(t *testing.T) {
	h := start(t, organ("a", "甲局", 2023), Options{})
	secret := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(secret, []byte("TOP-SECRET"), 0o644)
	os.MkdirAll(h.path("static"), 0o755)
	if err := os.Symlink(secret, h.path("static/leak.txt")); err != nil {
		t.Fatal(err)
	}
	h.write("static/ok.txt", "fine")
	// A link out of the site is refused by name, not skipped in silence.
	h.waitUntil("the link out of the site is reported", func() bool {
		return strings.Contains(h.log.String(), "static/leak.txt 是指向站点目录之外的链接")
	})
	check := func() {
		t.Helper()
		for _, p := range []string{
			"/../config.toml", "/%2e%2e/config.toml", "/a/..%2f..%2fconfig.toml", "/a/../../" + secret,
			"/..\\config.toml", "/config.toml", "/content/a/2023.toml", "/leak.txt",
		} {
			code, body := raw(t, h.base, p)
			if code != http.StatusBadRequest && code != http.StatusNotFound {
				t.Errorf("GET %s: status %d, want 400 or 404", p, code)
			}
			if strings.Contains(body, "TOP-SECRET") || strings.Contains(body, "base_url") || strings.Contains(body, "[applications]") {
				t.Errorf("GET %s leaked a file outside the build:\n%s", p, body)
			}
		}
	}
	check()
	if err := os.Remove(h.path("static/leak.txt")); err != nil {
		t.Fatal(err)
	}
	h.waitUntil("the site's own static file is served", h.pageHas("/ok.txt", "fine"))
	check()
}

// raw sends a request line as is, without the client cleaning the path.
func raw(t *testing.T, base, p string) (int, string) {
	code, _, body := rawHost(t, base, "localhost", p)
	return code, body
}

// rawHost sends a request for p with the given Host header and returns
// the status, the Location header and the body.
func rawHost(t *testing.T, base, host, p string) (int, string, string) {
	t.Helper()
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", p, host)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Location"), string(b)
}

// TestServeAnswersOnlyItsOwnNames checks the defence against DNS
// rebinding: a request addressed to any other name is refused, whatever
// it asks for, and loopback names, IP addresses and the names the user
// bound are served.
func TestServeAnswersOnlyItsOwnNames(t *testing.T) {
	h := start(t, organ("a", "甲局", 2023), Options{Hosts: []string{"preview.example.lan"}})
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(h.base, "http://"))
	for _, host := range []string{"localhost", "localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port,
		"192.168.1.5", "LOCALHOST", "app.localhost:" + port, "preview.example.lan", "Preview.Example.Lan.:" + port} {
		if code, _, _ := rawHost(t, h.base, host, "/"); code != http.StatusOK {
			t.Errorf("Host %s: status %d, want 200", host, code)
		}
	}
	for _, host := range []string{"attacker.example", "attacker.example:" + port, "localhost.attacker.example",
		"127.0.0.1.nip.io", "example.lan", "evil.preview.example.lan"} {
		for _, p := range []string{"/", "/a/2023/", "/a/2023/report.json", "/assets/style.css", eventsPath, scriptPath} {
			code, _, body := rawHost(t, h.base, host, p)
			if code != http.StatusForbidden || !strings.Contains(body, "DNS 重绑定") || strings.Contains(body, "甲局") {
				t.Errorf("Host %s, GET %s: status %d, want 403 with the reason:\n%.200s", host, p, code, body)
			}
		}
	}
}

// TestServeRedirectStaysOnTheSite checks that a directory's redirect is
// a path on this server, never a protocol-relative address of another.
func TestServeRedirectStaysOnTheSite(t *testing.T) {
	h := start(t, organ("a", "甲局", 2023), Options{})
	for _, p := range []string{"//a", "///a", "//a/2023", "/./a", "/a//2023"} {
		code, loc, _ := rawHost(t, h.base, "localhost", p)
		if code != http.StatusMovedPermanently || !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") {
			t.Errorf("GET %s: %d to %q, want 301 to a path on this server", p, code, loc)
		}
	}
}

func TestServePoll(t *testing.T) {
	h := start(t, organ("a", "甲局", 2022, 2023), Options{Poll: 20 * time.Millisecond})
	h.write("content/a/2023.md", strings.Replace(sitetest.Narrative, "总体情况正文", "轮询发现的修改", 1))
	h.waitUntil("polling sees the edit", h.pageHas("/a/2023/", "轮询发现的修改"))
	os.Remove(h.path("content/a/2023.toml"))
	os.Remove(h.path("content/a/2023.md"))
	h.waitUntil("polling sees the delete", h.status("/a/2023/", http.StatusNotFound))
}

// TestServePollSeesEditsThatKeepSizeAndTime checks an edit that leaves
// the size and the modification time as they were (a tool that restores
// times), both where the file system keeps a change time and where it
// does not (some network shares): then only the content tells.
func TestServePollSeesEditsThatKeepSizeAndTime(t *testing.T) {
	for _, noChangeTime := range []bool{false, true} {
		if noChangeTime {
			fileMeta = func(fs.FileInfo) (time.Time, uint64) { return time.Time{}, 0 }
			t.Cleanup(func() { fileMeta = changeTime })
		}
		h := start(t, organ("a", "甲局", 2023), Options{Poll: 20 * time.Millisecond})
		path := h.path("content/a/2023.md")
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		// Same length in bytes: 总体情况正文 and 同长度的改动 are six
		// characters of three bytes each.
		edited := strings.Replace(sitetest.Narrative, "总体情况正文", "同长度的改动", 1)
		if len(edited) != int(info.Size()) {
			t.Fatalf("the edit changes the size: %d, was %d", len(edited), info.Size())
		}
		if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, info.ModTime(), info.ModTime()); err != nil {
			t.Fatal(err)
		}
		h.waitUntil(fmt.Sprintf("polling sees the edit (no change time: %v)", noChangeTime), h.pageHas("/a/2023/", "同长度的改动"))
	}
}

// TestPollReadsEveryFileInTurn checks that the content check, bounded per
// poll, comes round to every file.
func TestPollReadsEveryFileInTurn(t *testing.T) {
	fileMeta = func(fs.FileInfo) (time.Time, uint64) { return time.Time{}, 0 }
	t.Cleanup(func() { fileMeta = changeTime })
	dir := t.TempDir()
	const n = 20
	for i := range n {
		sitetest.WriteFiles(t, dir, map[string]string{fmt.Sprintf("content/o%02d/2023.md", i): "0123456789"})
	}
	p := newPoller(dir)
	if got := p.poll(1 << 20); len(got) != 0 {
		t.Fatalf("changes with nothing edited: %v", got)
	}
	for _, victim := range []int{0, 7, n - 1} {
		path := filepath.Join(dir, fmt.Sprintf("content/o%02d/2023.md", victim))
		info, _ := os.Stat(path)
		os.WriteFile(path, []byte("9876543210"), 0o644)
		os.Chtimes(path, info.ModTime(), info.ModTime())
		var seen []Change
		polls := 0
		for ; polls < n && len(seen) == 0; polls++ {
			seen = p.poll(30) // three files per poll
		}
		want := fmt.Sprintf("content/o%02d/2023.md", victim)
		if len(seen) != 1 || seen[0].Path != want || polls > (n+2)/3 {
			t.Errorf("edit of %s: seen %v after %d polls, want it within %d", want, seen, polls, (n+2)/3)
		}
	}
}

func TestServeRedirectsDirectories(t *testing.T) {
	h := start(t, organ("a", "甲局", 2023), Options{})
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(h.base + "/a/2023")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "/a/2023/" {
		t.Errorf("GET /a/2023: %d to %q, want 301 to /a/2023/", resp.StatusCode, resp.Header.Get("Location"))
	}
}

// TestServeAnswersDuringFirstBuild: before the first build is in, every
// page is answered at once with a note (503, Retry-After) whose script
// names generation 0, and a stream that names it gets a reload at once
// when a newer generation is served already.
func TestServeAnswersDuringFirstBuild(t *testing.T) {
	dir := sitetest.Write(t, "-- config.toml --\n"+sitetest.Config+organ("a", "甲局", 2023))
	srv, err := New(Options{Source: dir})
	if err != nil {
		t.Fatal(err)
	}
	srv.state.Store(&state{files: themeStatics(dir), page: buildingPage(), status: http.StatusServiceUnavailable})
	ts := httptest.NewServer(srv)
	defer ts.Close()
	for _, p := range []string{"/", "/a/2023/", "/years/2023/"} {
		code, body := raw(t, ts.URL, p)
		if code != http.StatusServiceUnavailable || !strings.Contains(body, "正在生成站点") || !strings.Contains(body, scriptPath+"?gen=0") {
			t.Errorf("GET %s during the first build: %d\n%s", p, code, body)
		}
	}
	if code, _ := raw(t, ts.URL, "/assets/style.css"); code != http.StatusOK {
		t.Errorf("stylesheet during the first build: %d", code)
	}
	for _, p := range []string{"/a/2023/report.json", "/feed.json", "/sitemap.xml"} {
		if code, _ := raw(t, ts.URL, p); code != http.StatusServiceUnavailable {
			t.Errorf("GET %s during the first build: %d, want 503 (not made yet, not missing)", p, code)
		}
	}

	srv.state.Store(&state{files: srv.state.Load().files, gen: 1}) // the first build is in
	resp, err := http.Get(ts.URL + eventsPath + "?gen=0")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "data: ") {
				got <- sc.Text()
				return
			}
		}
	}()
	select {
	case line := <-got:
		if line != "data: 1" {
			t.Errorf("event %q, want generation 1", line)
		}
	case <-time.After(timeout):
		t.Fatal("a stream from generation 0 got no reload though generation 1 is served")
	}
}

// TestServeFollowsLinkedContent: a site whose content/ is a link to the
// reports' own repository is built through the link, so the watch must
// see edits behind it, with inotify and with polling.
func TestServeFollowsLinkedContent(t *testing.T) {
	for _, poll := range []time.Duration{0, 20 * time.Millisecond} {
		t.Run(fmt.Sprintf("poll=%v", poll), func(t *testing.T) {
			dir := sitetest.Write(t, "-- config.toml --\n"+sitetest.Config+organ("a", "甲局", 2023))
			elsewhere := filepath.Join(t.TempDir(), "reports")
			if err := os.Rename(filepath.Join(dir, "content"), elsewhere); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(elsewhere, filepath.Join(dir, "content")); err != nil {
				t.Fatal(err)
			}
			h := startIn(t, dir, Options{Poll: poll})
			if !h.pageHas("/a/2023/", "总体情况正文")() {
				t.Fatal("report page missing before the edit")
			}
			h.write("content/a/2023.md", strings.Replace(sitetest.Narrative, "总体情况正文", "链接后的修改", 1))
			h.waitUntil("the watch sees the edit behind the link", h.pageHas("/a/2023/", "链接后的修改"))
			// A new organ directory made behind the link is watched too.
			sitetest.WriteFiles(t, elsewhere, map[string]string{
				"b/org.toml":  "name = \"乙局\"\n",
				"b/2023.toml": sitetest.Report(2023, 10, 0, 0),
				"b/2023.md":   sitetest.Narrative,
			})
			h.waitUntil("the watch sees a new organ behind the link", h.status("/b/2023/", http.StatusOK))
		})
	}
}
