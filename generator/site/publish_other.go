//go:build !linux

package site

// exchange falls back to two renames where the OS has no atomic exchange:
// dest is missing for an instant, but never half-written.
func exchange(tmp, dest string) (string, error) { return renameAside(tmp, dest) }

// lockDir is a no-op where flock is unavailable.
func lockDir(string) (func(), error) { return func() {}, nil }
