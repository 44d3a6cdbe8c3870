package site

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sync"
)

// streamBufs holds the 64 KB buffers of streamed files: every report.csv
// is streamed, and a buffer of that size for each would be allocated
// 10,000 times on a large portal.
var streamBufs = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 64<<10) }}

// Creator is a Sink that can also stream a file, so that outputs growing
// with the portal (the all-reports CSV, the sitemap) are written as they
// are produced instead of being held whole in memory.
type Creator interface {
	Create(rel string) (io.WriteCloser, error)
}

// Create opens a file for streaming; Close counts it in Stats.
func (d *DirSink) Create(rel string) (io.WriteCloser, error) {
	path := filepath.Join(d.Dir, filepath.FromSlash(rel))
	parent := filepath.Dir(path)
	if _, done := d.dirs.Load(parent); !done {
		if err := mkdir(parent); err != nil {
			return nil, err
		}
		d.dirs.Store(parent, true)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, err
	}
	w := streamBufs.Get().(*bufio.Writer)
	w.Reset(f)
	return &dirFile{rel: rel, f: f, w: w, sink: d}, nil
}

type dirFile struct {
	rel  string
	f    *os.File
	w    *bufio.Writer
	n    int64
	sink *DirSink
}

func (d *dirFile) Write(p []byte) (int, error) {
	n, err := d.w.Write(p)
	d.n += int64(n)
	return n, err
}

func (d *dirFile) Close() error {
	if d.w == nil {
		return os.ErrClosed // the buffer is back in the pool
	}
	err := d.w.Flush()
	d.w.Reset(nil)
	streamBufs.Put(d.w)
	d.w = nil
	if e := d.f.Close(); err == nil {
		err = e
	}
	if err == nil {
		d.sink.record(d.rel)
		d.sink.files.Add(1)
		d.sink.bytes.Add(d.n)
	}
	return err
}

// stream writes a file through the sink, streaming when it can.
func (b *builder) stream(rel string, write func(io.Writer) error) job {
	if b.reused(rel) {
		return nil
	}
	return func() error {
		if c, ok := b.sink.(Creator); ok {
			w, err := c.Create(rel)
			if err != nil {
				return err
			}
			if err := write(w); err != nil {
				w.Close()
				return err
			}
			return w.Close()
		}
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			return err
		}
		return b.sink.Write(rel, buf.Bytes())
	}
}
