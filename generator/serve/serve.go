// Package serve previews a site while it is being written: it builds the
// site into memory, serves it over HTTP, watches the site's files, and
// rebuilds and reloads the open pages when they change. A broken site
// keeps the server running and shows the findings in place of every page.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/gongkai/gongkai/generator/content"
)

// Options control a preview server.
type Options struct {
	Source string        // site directory
	Poll   time.Duration // when > 0, poll at this interval instead of using inotify
	Quiet  time.Duration // a batch of changes closes after this long without events; default 150ms
	Log    io.Writer     // where rebuilds are told; default io.Discard

	// Hosts are names, besides loopback names and IP addresses, that
	// requests may be addressed to (the name given to --bind).
	Hosts []string
}

// DefaultPoll is the polling interval of --poll, and when inotify is
// unavailable.
const DefaultPoll = 500 * time.Millisecond

// Server serves the newest build of a site. Use New, then Serve.
type Server struct {
	opts   Options
	state  atomic.Pointer[state]
	events broker
	last   *outcome       // last successful build; only the rebuild loop touches it
	loader *content.Cache // the last build's loaded content, even if it failed
}

// New checks that opts.Source is a site directory. Nothing is built yet.
func New(opts Options) (*Server, error) {
	abs, err := filepath.Abs(opts.Source)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(abs, "config.toml")); err != nil {
		return nil, fmt.Errorf("%s: 找不到站点配置文件 config.toml；请在站点目录中运行，或用 --source 指定站点目录", opts.Source)
	}
	opts.Source = abs
	if opts.Quiet <= 0 {
		opts.Quiet = 150 * time.Millisecond
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	return &Server{opts: opts}, nil
}

// Serve watches the site, builds it, and serves it on ln until ctx is
// done; then it stops watching, ends the event streams and shuts the HTTP
// server down. It returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	changes := s.watch(ctx)
	// Requests are answered from the start: until the first build is in
	// (some seconds on a large portal), every page says so and reloads
	// itself when it is.
	s.state.Store(&state{files: themeStatics(s.opts.Source), page: buildingPage(), status: http.StatusServiceUnavailable})
	hs := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	s.apply(nil) // the first build
	for {
		select {
		case cs := <-changes:
			s.apply(cs)
		case err := <-served:
			s.events.close()
			return err
		case <-ctx.Done():
			s.events.close()
			shut, stop := context.WithTimeout(context.Background(), 5*time.Second)
			defer stop()
			if err := hs.Shutdown(shut); err != nil {
				return err
			}
			if err := <-served; !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		}
	}
}

func (s *Server) watch(ctx context.Context) <-chan []Change {
	if s.opts.Poll > 0 {
		return watchPoll(ctx, s.opts.Source, s.opts.Poll)
	}
	ch, err := watchNotify(ctx, s.opts.Source, s.opts.Quiet, s.logf)
	if err != nil {
		// Out of inotify instances, or a file system without them:
		// polling still works, only slower.
		s.logf("无法使用文件变更通知（%v），改为每 %s 扫描一次", err, DefaultPoll)
		return watchPoll(ctx, s.opts.Source, DefaultPoll)
	}
	return ch
}

// apply rebuilds after changes (nil: the first build), swaps the result
// in, and only then tells the pages to reload.
func (s *Server) apply(changes []Change) {
	if changes != nil {
		s.logChanges(changes)
	}
	out := buildWith(s.loader, s.opts.Source, changes, s.last)
	s.loader = out.loader
	prev := s.state.Load()
	next := &state{gen: prev.gen + 1}
	switch {
	case out.ok():
		s.last = out
		next.files = out.files
	default:
		// The changes that broke the site are not in the last good build,
		// so the next good one cannot reuse it: it starts afresh. Meanwhile
		// the error page replaces the pages, and the other files (the
		// stylesheet above all) stay those last served.
		s.last = nil
		next.page, next.status = errorPage(s.opts.Source, out.problems), http.StatusInternalServerError
		next.files = prev.files // the last good build's, or the theme's statics
	}
	s.state.Store(next)
	s.logOutcome(out, changes == nil)
	s.events.publish(next.gen)
}

func (s *Server) logf(format string, args ...any) {
	fmt.Fprintf(s.opts.Log, format+"\n", args...)
}
