package serve

import (
	"path"
	"sort"
	"strings"
)

// Kind is what happened to a path between two rebuilds.
type Kind int

// The kinds of change, as printed to the clerk.
const (
	Modified Kind = iota
	Created
	Removed
)

func (k Kind) String() string {
	return [...]string{"修改", "新建", "删除"}[k]
}

// Change is one path of the site, relative to its directory with slashes,
// that changed.
type Change struct {
	Path string
	Kind Kind
}

// watchedRoots are the entries of the site directory a rebuild depends
// on; everything else there (public/, .git, notes) is not watched.
var watchedRoots = []string{"config.toml", "content", "layouts", "static", "themes"}

// relevant reports whether a slash path relative to the site matters to
// a build: under a watched root and not an editor's or the OS's litter.
func relevant(rel string) bool {
	first, rest, _ := strings.Cut(rel, "/")
	if !contains(watchedRoots, first) || Litter(path.Base(rel)) {
		return false
	}
	if first == "content" {
		// The loader skips these names (content.ignored), so must we.
		for _, seg := range strings.Split(rest, "/") {
			if strings.HasPrefix(seg, ".") || strings.HasPrefix(seg, "_") {
				return false
			}
		}
	}
	return true
}

// Litter reports whether a file name is one that editors and the OS
// create beside the files being edited: vim's swap files and its 4913
// write test, backups (~), Emacs lock files (.#), atomic-save temporaries
// (*.tmp, JetBrains' ___jb_tmp___) and macOS metadata. Such names never trigger a rebuild.
func Litter(name string) bool {
	for _, s := range []string{"~", ".swp", ".swo", ".swx", ".tmp", "___jb_tmp___", "___jb_old___"} {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return name == "4913" || name == ".DS_Store" || strings.HasPrefix(name, ".#")
}

// queue merges batches of changes that the rebuild loop has not taken
// yet, so that a slow rebuild is followed by one rebuild, not several.
type queue struct {
	byPath map[string]Kind
}

func (q *queue) add(cs []Change) {
	if q.byPath == nil {
		q.byPath = map[string]Kind{}
	}
	for _, c := range cs {
		prev, seen := q.byPath[c.Path]
		switch {
		case seen && prev == Created && c.Kind == Removed:
			delete(q.byPath, c.Path) // born and gone before anyone looked
		case seen && prev == Created && c.Kind == Modified:
		default:
			q.byPath[c.Path] = c.Kind
		}
	}
}

// batch returns the queued changes sorted by path.
func (q *queue) batch() []Change {
	out := make([]Change, 0, len(q.byPath))
	for p, k := range q.byPath {
		out = append(out, Change{p, k})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// offer returns the channel and the batch to send on it when something is
// queued, and a nil channel otherwise, for a select that must not block
// on an empty queue.
func (q *queue) offer(ch chan<- []Change) (chan<- []Change, []Change) {
	if len(q.byPath) == 0 {
		return nil, nil
	}
	return ch, q.batch()
}

func (q *queue) clear() { q.byPath = nil }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
