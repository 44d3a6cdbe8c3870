//go:build unix

package decode

import (
	"os"
	"syscall"
)

// openNonblocking opens path with O_NONBLOCK, so that a FIFO without a
// writer is opened at once (and then refused as not regular) instead of
// blocking the import.
func openNonblocking(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
