package site

import (
	"sort"
	"sync"
)

// The tests' Sink (here, not in sink.go: only tests keep a build in
// memory; serve keeps its own, by output group).

// MemSink keeps files in memory, keyed by slash path.
type MemSink struct {
	mu    sync.RWMutex
	files map[string][]byte
}

// NewMemSink returns an empty in-memory sink.
func NewMemSink() *MemSink { return &MemSink{files: map[string][]byte{}} }

// Write stores a copy of b.
func (m *MemSink) Write(rel string, b []byte) error {
	c := make([]byte, len(b))
	copy(c, b)
	m.mu.Lock()
	m.files[rel] = c
	m.mu.Unlock()
	return nil
}

// Get returns a file, if present.
func (m *MemSink) Get(rel string) ([]byte, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	b, ok := m.files[rel]
	return b, ok
}

// Paths lists every file, sorted.
func (m *MemSink) Paths() []string {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make([]string, 0, len(m.files))
	for p := range m.files {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}
