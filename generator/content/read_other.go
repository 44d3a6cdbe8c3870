//go:build !linux

package content

import "os"

// readRegular reads a regular file of at most MaxFileSize bytes.
func readRegular(path string) ([]byte, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return nil, errUnreadable(err)
	}
	if info.Mode()&os.ModeSymlink != 0 {
		return nil, errSymlink
	}
	if !info.Mode().IsRegular() {
		return nil, errNotRegular
	}
	if info.Size() > MaxFileSize {
		return nil, errTooLarge(info.Size())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, errUnreadable(err)
	}
	return b, nil
}
