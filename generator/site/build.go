// Package site orchestrates a build: load and check the content, render
// every output in parallel into a sink, and publish the result atomically.
package site

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/gongkai/gongkai/internal/oserr"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/render"
	"github.com/gongkai/gongkai/generator/report"
)

// Options control a build.
type Options struct {
	Source      string    // site directory
	Destination string    // defaults to <Source>/public
	BaseURL     string    // overrides config.toml's base_url
	LiveReload  string    // script URL injected into pages (serve only)
	Progress    *Progress // if set, updated as outputs are written

	// Reuse, when set, names the outputs the sink already holds from an
	// earlier build whose inputs have not changed: they are not produced
	// or written again (see reuse.go). Asked about an organ's directory
	// ("<slug>/"), it says whether the sink holds every output under it.
	// Serve's incremental rebuild sets it; build never does.
	Reuse func(rel string) bool

	// Memo, when set, keeps what the outputs listing every report made of
	// each report, for the next build of the same site (see memo.go).
	// Serve sets it; build never does.
	Memo *Memo
}

// Result describes a finished build.
type Result struct {
	Site     *content.Site
	Findings []report.Finding
	Files    int
	Bytes    int64
	Pages    int
	Kept     int // of Pages, those kept from an earlier build (Options.Reuse)
	Reports  int
	Duration time.Duration
}

// testHookBeforeSwap, when set by a test, runs after rendering and before
// the last check of the destination.
var testHookBeforeSwap func(dest string)

// ErrFindings is returned when a check fails: nothing was published.
var ErrFindings = errors.New("检查未通过，未发布")

// Build checks the site and, if it passes, writes it to the destination.
func Build(opts Options) (*Result, error) {
	start := time.Now()
	if opts.Destination == "" {
		opts.Destination = filepath.Join(opts.Source, "public")
	}
	dest, err := filepath.Abs(opts.Destination)
	if err != nil {
		return nil, err
	}
	shown := opts.Destination
	if err := checkPlace(opts.Source, dest, shown); err != nil {
		return nil, err
	}
	// Whether the destination is a site gongkai published takes a walk
	// of its files, 6% of a 10,000-report build; it runs while the
	// sources load, and a refusal is reported before any finding.
	published := make(chan error, 1)
	go func() { published <- checkPublished(resolve(dest), shown) }()
	s, err := Load(opts)
	if perr := <-published; perr != nil {
		return nil, perr
	}
	if err != nil {
		return nil, err
	}
	res := &Result{Site: s, Findings: s.Findings}
	if report.Blocking(s.Findings) {
		return res, ErrFindings
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return res, fmt.Errorf("无法创建输出目录 %s 的上级目录：%s", shown, oserr.Reason(err))
	}
	unlock, err := lockDir(filepath.Dir(dest))
	if err != nil {
		return res, fmt.Errorf("无法锁定输出目录 %s 的上级目录：%s", shown, oserr.Reason(err))
	}
	defer unlock()
	tmp, err := stage(dest)
	if err != nil {
		return res, fmt.Errorf("无法在输出目录 %s 旁建立临时目录：%s（构建先写入同一目录下的临时目录，再整体替换）", shown, oserr.Reason(err))
	}
	sink := &DirSink{Dir: tmp}
	err = Render(s, opts, sink, res)
	if err == nil {
		err = writeManifest(tmp, sink.written)
	}
	if err == nil && testHookBeforeSwap != nil {
		testHookBeforeSwap(dest)
	}
	if err == nil {
		// Again, just before the swap: a file put into the destination
		// while the site was rendering (an upload, a database created
		// where nothing was) must not be removed with the old site.
		err = checkPublished(resolve(dest), shown)
	}
	if err != nil {
		os.RemoveAll(tmp)
		return res, err
	}
	if err := publish(tmp, dest); err != nil {
		os.RemoveAll(tmp)
		return res, fmt.Errorf("发布到 %s 失败：%s", shown, oserr.Reason(err))
	}
	res.Files, res.Bytes = sink.Stats()
	res.Duration = time.Since(start)
	return res, nil
}

// Load reads and checks the site, applying option overrides to its config.
func Load(opts Options) (*content.Site, error) {
	s, err := content.Load(opts.Source)
	if err != nil {
		return nil, err
	}
	if opts.BaseURL != "" {
		if err := s.Config.SetBaseURL(opts.BaseURL); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Render writes every output of a checked site into sink.
func Render(s *content.Site, opts Options, sink Sink, res *Result) error {
	b, err := newBuilder(s, opts, sink)
	if err != nil {
		return err
	}
	jobs, err := b.jobs()
	if err != nil {
		return err
	}
	opts.Progress.start(len(jobs))
	if err := run(jobs, opts.Progress); err != nil {
		return err
	}
	// Finishers (the sitemap) need every other output written first.
	finish := b.finishJobs()
	opts.Progress.start(len(jobs) + len(finish))
	if err := run(finish, opts.Progress); err != nil {
		return err
	}
	for _, o := range s.Organs {
		res.Reports += len(o.Reports)
	}
	res.Pages, res.Kept = int(b.pages.Load()), int(b.keptPages.Load())
	return nil
}

func newBuilder(s *content.Site, opts Options, sink Sink) (*builder, error) {
	theme, err := render.OpenTheme(s.Dir, s.Config.Theme)
	if err != nil {
		return nil, err
	}
	r, err := render.NewRenderer(theme, s.Config.Minify)
	if err != nil {
		return nil, err
	}
	b := &builder{site: s, opts: opts, renderer: r, theme: theme, sink: sink,
		findings: indexFindings(s.Findings)}
	b.narratives = newNarratives(render.NewMarkdown(s.Config.UnsafeHTML))
	b.info = &render.SiteInfo{Title: s.Config.Title, Language: s.Config.Language,
		BaseURL: s.Config.BaseURL, Footer: s.Config.Footer}
	b.markKept()
	return b, nil
}

// job produces one output file.
type job func() error

// run executes jobs on all cores and returns the first error. A nil job
// is an output kept from an earlier build.
func run(jobs []job, progress *Progress) error {
	var (
		wg   sync.WaitGroup
		once sync.Once
		err  error
		next = make(chan job)
	)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				if e := j(); e != nil {
					once.Do(func() { err = e })
				}
				progress.add()
			}
		}()
	}
	for _, j := range jobs {
		if j == nil {
			progress.add()
			continue
		}
		next <- j
	}
	close(next)
	wg.Wait()
	return err
}
