package site

import "sync/atomic"

// Progress tells how far a running build is. The build updates it; a
// front end (the terminal of `gongkai build`) reads it from another
// goroutine whenever it likes, so the build never waits for the display.
type Progress struct {
	done, total atomic.Int64
}

// Get returns the outputs written so far and the number to write; total
// is 0 while the content is still being loaded and checked.
func (p *Progress) Get() (done, total int) {
	if p == nil {
		return 0, 0
	}
	return int(p.done.Load()), int(p.total.Load())
}

func (p *Progress) start(total int) {
	if p != nil {
		p.total.Store(int64(total))
	}
}

func (p *Progress) add() {
	if p != nil {
		p.done.Add(1)
	}
}
