package serve

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watcher turns file system events under a site directory into batches
// of changes. inotify watches directories, not trees, so every directory
// under a watched root is added, and directories that appear later are
// added as they appear. Events are judged only when a batch closes, by
// comparing what exists then with what existed at the last batch: an
// editor's rename-over save is then a modification, a file created and
// removed within the batch is nothing, and Chmod never counts.
type watcher struct {
	root  string
	quiet time.Duration // a batch closes after this long without events
	max   time.Duration // … or this long after its first event
	logf  func(format string, args ...any)
	fw    *fsnotify.Watcher
	roots []rootDir       // the watched roots, links resolved
	known map[string]bool // relevant paths that existed at the last batch; true for directories
	dirty map[string]bool // paths with events in the open batch
}

// watchNotify starts watching root with fsnotify and sends batches of
// changes on the returned channel until ctx is done.
func watchNotify(ctx context.Context, root string, quiet time.Duration, logf func(string, ...any)) (<-chan []Change, error) {
	fw, err := fsnotify.NewBufferedWatcher(1024)
	if err != nil {
		return nil, err
	}
	w := &watcher{root: root, quiet: quiet, max: 4 * quiet, logf: logf, fw: fw,
		known: map[string]bool{}, dirty: map[string]bool{}}
	if err := fw.Add(root); err != nil {
		fw.Close()
		return nil, err
	}
	w.roots = resolveRoots(root)
	for _, r := range w.roots {
		if r.linked(root) {
			// The site's own directory watch sees the link, not what
			// happens behind it; a linked file is watched itself.
			if info, err := os.Stat(r.path); err == nil && !info.IsDir() {
				if err := fw.Add(r.path); err != nil {
					logf("无法监视 %s：%v", r.rel, err)
				}
				w.known[r.rel] = false
				continue
			}
		}
		w.addTree(r.path, false)
	}
	out := make(chan []Change)
	go w.loop(ctx, out)
	return out, nil
}

func (w *watcher) loop(ctx context.Context, out chan<- []Change) {
	defer w.fw.Close()
	var (
		q        queue
		deadline <-chan time.Time
		first    time.Time
	)
	for {
		send, batch := q.offer(out)
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.fw.Events:
			if !ok {
				return
			}
			if !w.event(ev) {
				continue
			}
			now := time.Now()
			if deadline == nil {
				first = now
			}
			wait := w.quiet
			if rest := first.Add(w.max).Sub(now); rest < wait {
				wait = max(rest, 0)
			}
			deadline = time.After(wait)
		case err, ok := <-w.fw.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				// Events were lost: what changed is unknown, so everything did.
				w.known = map[string]bool{}
				for _, r := range watchedRoots {
					w.addTree(filepath.Join(w.root, r), false)
				}
				q.add([]Change{{"content", Modified}})
				continue
			}
			w.logf("监视文件出错：%v（如在网络盘或 WSL 挂载目录上，请改用 --poll）", err)
		case <-deadline:
			deadline = nil
			q.add(w.close())
		case send <- batch:
			q.clear()
		}
	}
}

// event records one fsnotify event and reports whether it belongs to the
// batch.
func (w *watcher) event(ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod || ev.Op == 0 {
		return false
	}
	rel, ok := w.rel(ev.Name)
	if !ok || !relevant(rel) {
		return false
	}
	w.dirty[rel] = true
	if ev.Has(fsnotify.Create) {
		// A directory that appears (mkdir, or moved in whole) is watched
		// at once, and what it already holds counts as created: its files
		// may have been written before the watch was added.
		if info, err := os.Lstat(ev.Name); err == nil && info.IsDir() {
			w.addTree(ev.Name, true)
		}
	}
	return true
}

// addTree watches dir and every directory under it. With mark, the paths
// found are added to the open batch.
func (w *watcher) addTree(dir string, mark bool) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // gone already, or unreadable: the next batch tells
		}
		rel, ok := w.rel(p)
		if !ok || !relevant(rel) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if mark {
			w.dirty[rel] = true
		} else {
			w.known[rel] = d.IsDir()
		}
		if d.IsDir() {
			if err := w.fw.Add(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
				w.logf("无法监视 %s：%v", rel, err)
			}
		}
		return nil
	})
}

// close ends the open batch: each path with events is compared with what
// was known at the last batch.
func (w *watcher) close() []Change {
	var cs []Change
	for rel := range w.dirty {
		stat := os.Lstat
		if !strings.Contains(rel, "/") {
			stat = os.Stat // a root reached through a link is what it points to
		}
		info, err := stat(filepath.Join(w.root, filepath.FromSlash(rel)))
		exists := err == nil
		wasDir, known := w.known[rel]
		switch {
		case exists && !known:
			w.known[rel] = info.IsDir()
			cs = append(cs, Change{rel, Created})
		case exists && info.IsDir() != wasDir:
			w.known[rel] = info.IsDir()
			cs = append(cs, Change{rel, Modified})
		case exists && !info.IsDir():
			cs = append(cs, Change{rel, Modified})
		case !exists && known:
			w.forget(rel)
			cs = append(cs, Change{rel, Removed})
		}
		// A directory's own events (an entry added or removed) are told
		// by the entries; a path that came and went is nothing.
	}
	w.dirty = map[string]bool{}
	return cs
}

// forget drops a removed path and, for a directory, everything under it.
func (w *watcher) forget(rel string) {
	delete(w.known, rel)
	for p := range w.known {
		if strings.HasPrefix(p, rel+"/") {
			delete(w.known, p)
		}
	}
}

// rel turns an absolute event path into a slash path relative to the
// site directory.
func (w *watcher) rel(p string) (string, bool) {
	return siteRel(w.root, w.roots, p)
}
