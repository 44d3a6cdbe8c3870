package serve

import (
	"context"
	"hash/maphash"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// stamp is what polling compares between two walks of a path.
type stamp struct {
	dir   bool
	plain bool // a regular file small enough to compare by content
	size  int64
	mtime time.Time
	ctime time.Time // zero where the file system does not say
	ino   uint64
	sum   uint64 // of the content, once read
	read  bool   // sum is set
}

// sameMeta reports whether a file's metadata is unchanged.
func (a stamp) sameMeta(b stamp) bool {
	return a.dir == b.dir && a.size == b.size && a.mtime.Equal(b.mtime) && a.ctime.Equal(b.ctime) && a.ino == b.ino
}

// pollBudget is how many bytes of unchanged-looking files each poll
// reads to compare by content. A tool that restores a file's time after
// writing it, on a file system that keeps no change time, leaves size
// and times as they were: only the content tells. A clerk's site is read
// whole at every poll; a 10,000-report portal (90 MB) over 20 s.
var pollBudget int64 = 2 << 20

// maxPollRead is the largest file compared by content: the largest
// content file (content.MaxFileSize); larger ones are static media.
const maxPollRead = 16 << 20

// fileMeta is what the file system says of a file beyond os.FileInfo
// (stat_linux.go); a variable so that tests can take it away, as some
// network file systems do.
var fileMeta = changeTime

// poller is the state of --poll: the last walk, and where the content
// check resumes.
type poller struct {
	root   string
	known  map[string]stamp
	cursor string // the content check resumes after this path
	seed   maphash.Seed
}

// watchPoll walks the watched roots every interval and sends what
// changed, for file systems where inotify does not fire (network shares,
// WSL2 mounts of Windows drives). A directory's own time changes with its
// entries, so directories count only when they appear or go.
func watchPoll(ctx context.Context, root string, interval time.Duration) <-chan []Change {
	out := make(chan []Change)
	go func() {
		var q queue
		p := newPoller(root)
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			send, batch := q.offer(out)
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				q.add(p.poll(pollBudget))
			case send <- batch:
				q.clear()
			}
		}
	}()
	return out
}

// newPoller walks root and reads every file once, so that later polls
// have a content to compare with.
func newPoller(root string) *poller {
	p := &poller{root: root, seed: maphash.MakeSeed()}
	p.known = p.scan()
	for rel, s := range p.known {
		p.known[rel] = p.hash(rel, s)
	}
	return p
}

// poll walks root and returns what changed since the last poll: by
// metadata, then by the content of up to budget bytes of the files
// whose metadata did not change, taken in turn.
func (p *poller) poll(budget int64) []Change {
	now := p.scan()
	changes := diff(p.known, now)
	var same []string
	for rel, s := range now {
		if old, ok := p.known[rel]; ok && s.plain && s.sameMeta(old) {
			s.sum, s.read = old.sum, old.read
			now[rel] = s
			same = append(same, rel)
		} else if s.plain {
			now[rel] = p.hash(rel, s)
		}
	}
	slices.Sort(same)
	start, _ := slices.BinarySearch(same, p.cursor)
	for i := range same {
		if budget <= 0 {
			break
		}
		rel := same[(start+i)%len(same)]
		old := now[rel]
		s := p.hash(rel, old)
		budget -= s.size
		if old.read && s.read && s.sum != old.sum {
			changes = append(changes, Change{rel, Modified})
		}
		now[rel] = s
		p.cursor = rel + "\x00" // resume after it
	}
	p.known = now
	return changes
}

// hash returns s with the sum of rel's content, or s as it was if the
// file cannot be read.
func (p *poller) hash(rel string, s stamp) stamp {
	if !s.plain {
		return s
	}
	b, err := os.ReadFile(filepath.Join(p.root, filepath.FromSlash(rel)))
	if err != nil {
		return s
	}
	s.sum, s.read = maphash.Bytes(p.seed, b), true
	return s
}

// scan stamps every relevant path under the watched roots.
func (p *poller) scan() map[string]stamp {
	m := map[string]stamp{}
	roots := resolveRoots(p.root)
	for _, r := range roots {
		filepath.WalkDir(r.path, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			rel, ok := siteRel(p.root, roots, path)
			if !ok || !relevant(rel) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			info, err := os.Lstat(path)
			if err != nil {
				return nil
			}
			s := stamp{dir: d.IsDir(), size: info.Size(), mtime: info.ModTime()}
			// A link, a pipe (reading it would block) or a large static
			// file is compared by metadata only.
			s.plain = info.Mode().IsRegular() && info.Size() <= maxPollRead
			s.ctime, s.ino = fileMeta(info)
			m[rel] = s
			return nil
		})
	}
	return m
}

func diff(before, after map[string]stamp) []Change {
	var cs []Change
	for p, a := range after {
		b, ok := before[p]
		switch {
		case !ok:
			cs = append(cs, Change{p, Created})
		case a.dir != b.dir || !a.dir && !a.sameMeta(b):
			cs = append(cs, Change{p, Modified})
		}
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			cs = append(cs, Change{p, Removed})
		}
	}
	return cs
}
