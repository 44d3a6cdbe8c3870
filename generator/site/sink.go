package site

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
)

// Sink receives the built files. A build writes to a DirSink in a
// temporary directory; serve keeps them in a MemSink. Write must not keep
// b after it returns: callers reuse their buffers.
type Sink interface {
	Write(rel string, b []byte) error
}

// Keeper is a Sink that can keep b itself, for a caller that never
// modifies b again.
type Keeper interface {
	Keep(rel string, b []byte) error
}

// keep writes b through the sink, without a copy when it can.
func keep(sink Sink, rel string, b []byte) error {
	if k, ok := sink.(Keeper); ok {
		return k.Keep(rel, b)
	}
	return sink.Write(rel, b)
}

// DirSink writes files under a directory, creating parents as needed.
type DirSink struct {
	Dir   string
	files atomic.Int64
	bytes atomic.Int64
	dirs  sync.Map // directories already created

	mu      sync.Mutex
	written []string // slash paths, for the manifest
}

// record notes rel for the manifest of what the build wrote.
func (d *DirSink) record(rel string) {
	d.mu.Lock()
	d.written = append(d.written, rel)
	d.mu.Unlock()
}

// Write writes one file.
func (d *DirSink) Write(rel string, b []byte) error {
	path := filepath.Join(d.Dir, filepath.FromSlash(rel))
	parent := filepath.Dir(path)
	if _, done := d.dirs.Load(parent); !done {
		if err := mkdir(parent); err != nil {
			return err
		}
		d.dirs.Store(parent, true)
	}
	if err := writeFile(path, b); err != nil {
		return err
	}
	d.record(rel)
	d.files.Add(1)
	d.bytes.Add(int64(len(b)))
	return nil
}

// mkdir creates dir and any missing parents. Most parents exist already,
// so it tries the one mkdir first; os.MkdirAll would stat before every
// mkdir, three system calls for each of a portal's thousands of pages.
func mkdir(dir string) error {
	err := os.Mkdir(dir, 0o755)
	switch {
	case err == nil || errors.Is(err, fs.ErrExist):
		return nil
	case errors.Is(err, fs.ErrNotExist):
		return os.MkdirAll(dir, 0o755)
	}
	return err
}

// Stats returns the files and bytes written so far.
func (d *DirSink) Stats() (files int, bytes int64) {
	return int(d.files.Load()), d.bytes.Load()
}
